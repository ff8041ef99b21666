import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveState, resolveText } from "@/lib/admin-i18n/codes";
import { ru } from "@/lib/admin-i18n/ru";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { consumeToken, createToken, hashToken } from "@/lib/tokens/tokens";
import {
  changeRoleAction,
  deactivateUserAction,
  inviteUserAction,
  issueResetLinkAction,
  reactivateUserAction,
  revokeInvitationAction,
} from "@/lib/users/actions";
import { acceptInviteAction, resetPasswordAction } from "@/lib/users/token-actions";
import { fakeRequest, formData, makeUser, redirectOf, snapshot } from "@/lib/users/testing";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/users/testing")).headersModule());

export const COVERED_ACTIONS = [
  "inviteUserAction",
  "changeRoleAction",
  "deactivateUserAction",
  "reactivateUserAction",
  "issueResetLinkAction",
  "revokeInvitationAction",
  "acceptInviteAction",
  "resetPasswordAction",
] as const;

type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", "CONTRIBUTOR", "EDITOR", "ADMIN"];
const callers: Partial<Record<Role, SessionUser>> = {};

beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const)
    callers[role] = await makeUser(db, role);
});
beforeEach(() => {
  fakeRequest.cookies.clear();
});

interface Case {
  /** Makes what a valid call needs (before the snapshot) and returns the call. */
  prepare: () => Promise<() => Promise<unknown>>;
  /** What the database must hold after the allowed call. */
  check: () => Promise<void>;
}

type AdminActionName = Exclude<
  (typeof COVERED_ACTIONS)[number],
  "acceptInviteAction" | "resetPasswordAction"
>;

/** The account or address the current case acts on. */
let target = "";

const ADMIN_ACTIONS: Record<AdminActionName, Case> = {
  inviteUserAction: {
    prepare: async () => {
      target = `invitee-${Math.random().toString(36).slice(2)}@example.org`;
      return () => inviteUserAction(undefined, formData({ email: target, role: "EDITOR" }));
    },
    check: async () => {
      expect(await db.oneTimeToken.count({ where: { kind: "INVITE", email: target } })).toBe(1);
    },
  },
  changeRoleAction: {
    prepare: async () => {
      target = (await makeUser(db, "CONTRIBUTOR")).id;
      return () => changeRoleAction(undefined, formData({ userId: target, role: "EDITOR" }));
    },
    check: async () => {
      expect((await db.user.findUniqueOrThrow({ where: { id: target } })).role).toBe("EDITOR");
    },
  },
  deactivateUserAction: {
    prepare: async () => {
      target = (await makeUser(db, "EDITOR")).id;
      return () => deactivateUserAction(undefined, formData({ userId: target }));
    },
    check: async () => {
      expect((await db.user.findUniqueOrThrow({ where: { id: target } })).active).toBe(false);
    },
  },
  reactivateUserAction: {
    prepare: async () => {
      target = (await makeUser(db, "EDITOR")).id;
      await db.user.update({ where: { id: target }, data: { active: false } });
      return () => reactivateUserAction(undefined, formData({ userId: target }));
    },
    check: async () => {
      expect((await db.user.findUniqueOrThrow({ where: { id: target } })).active).toBe(true);
    },
  },
  issueResetLinkAction: {
    prepare: async () => {
      target = (await makeUser(db, "EDITOR")).id;
      return () => issueResetLinkAction(undefined, formData({ userId: target }));
    },
    check: async () => {
      expect(
        await db.oneTimeToken.count({ where: { kind: "PASSWORD_RESET", userId: target } }),
      ).toBe(1);
    },
  },
  revokeInvitationAction: {
    prepare: async () => {
      const email = `revoked-${Math.random().toString(36).slice(2)}@example.org`;
      target = (await createToken(db, { kind: "INVITE", email, role: "EDITOR" })).id;
      return () => revokeInvitationAction(undefined, formData({ invitationId: target }));
    },
    check: async () => {
      const row = await db.oneTimeToken.findUniqueOrThrow({ where: { id: target } });
      expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    },
  },
};

describe.each(Object.entries(ADMIN_ACTIONS))("%s", (_name, { prepare, check }) => {
  it.each(CALLERS.filter((caller) => caller !== "ADMIN"))(
    "refuses %s callers and changes nothing",
    async (caller) => {
      const call = await prepare();
      fakeRequest.user = caller === "anonymous" ? null : callers[caller]!;
      const before = await snapshot(db);
      const result = (await call()) as { ok: boolean; message: string; code?: string };
      expect(result.ok).toBe(false);
      expect(result.code).toBe(
        caller === "anonymous" ? "common.signInRequired" : "common.forbidden",
      );
      expect(result.message).toBe(
        caller === "anonymous" ? "Please sign in." : "You are not allowed to do this.",
      );
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it("lets an admin do it, and audits it with actor and address", async () => {
    const call = await prepare();
    fakeRequest.user = callers.ADMIN!;
    const auditBefore = await db.auditLog.count();
    const result = (await call()) as { ok: boolean; message: string };
    expect(result).toMatchObject({ ok: true });
    await check();
    const entry = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    expect(entry).toMatchObject({ actorId: callers.ADMIN!.id, ip: "203.0.113.7" });
    expect(entry.action).toMatch(/^user\./);
  });
});

describe("refusals and results are message codes the interface words in its language", () => {
  it("codes the refusal, the invalid fields and the outcome; Russian words them", async () => {
    fakeRequest.user = callers.EDITOR!;
    const refused = await inviteUserAction(
      undefined,
      formData({ email: "x@example.org", role: "EDITOR" }),
    );
    expect(refused.code).toBe("common.forbidden");
    expect(resolveState(ru, "ru", refused)).toBe("У вас нет прав на это действие.");
    fakeRequest.user = callers.ADMIN!;
    const invalid = await inviteUserAction(undefined, formData({ email: "nope", role: "EDITOR" }));
    expect(invalid).toMatchObject({ ok: false, code: "common.fieldsInvalid" });
    expect(resolveText(ru, "ru", invalid.fieldErrors!.email![0]!)).toBe(
      "Введите адрес электронной почты, например name@example.org.",
    );
    expect(invalid.values).toEqual({ email: "nope", role: "EDITOR" });
    const email = `coded-${Math.random().toString(36).slice(2)}@example.org`;
    const created = await inviteUserAction(undefined, formData({ email, role: "EDITOR" }));
    expect(created).toMatchObject({ ok: true, code: "users.invite.created", params: { email } });
    expect(resolveState(ru, "ru", created)).toBe(`Приглашение для ${email} создано.`);
  });

  it("does not let an admin deactivate their own account", async () => {
    fakeRequest.user = callers.ADMIN!;
    const before = await snapshot(db);
    const result = await deactivateUserAction(undefined, formData({ userId: callers.ADMIN!.id }));
    expect(result).toMatchObject({ ok: false, code: "users.access.self" });
    expect(await snapshot(db)).toEqual(before);
  });
});

/*
 * The two public actions take no session: the one-time link is the permission. Anyone without a
 * valid link (anonymous or signed in, whatever the role) is refused and nothing changes.
 */
describe.each([
  ["acceptInviteAction", "INVITE"],
  ["resetPasswordAction", "PASSWORD_RESET"],
] as const)("%s", (name, kind) => {
  const action = name === "acceptInviteAction" ? acceptInviteAction : resetPasswordAction;
  const fields = (token: string) =>
    formData({
      token,
      name: "New Person",
      password: "copper meadow violin 8",
      confirmPassword: "copper meadow violin 8",
    });

  async function link(state: "valid" | "expired" | "used" | "wrong-kind") {
    const user = await makeUser(db, "EDITOR");
    const otherKind = kind === "INVITE" ? "PASSWORD_RESET" : "INVITE";
    const { token } = await createToken(db, {
      kind: state === "wrong-kind" ? otherKind : kind,
      email: kind === "INVITE" ? `new-${user.email}` : user.email,
      role: "EDITOR",
      userId: user.id,
      ttlMs: state === "expired" ? -1000 : undefined,
    });
    if (state === "used") expect((await consumeToken(db, kind, token)).ok).toBe(true);
    return token;
  }

  const refusals = CALLERS.flatMap((caller) =>
    (["expired", "used", "wrong-kind", "junk"] as const).map((state) => [caller, state] as const),
  );

  it.each(refusals)(
    "refuses %s callers with a %s link and changes nothing",
    async (caller, state) => {
      const token = state === "junk" ? "not-a-token" : await link(state);
      fakeRequest.user = caller === "anonymous" ? null : callers[caller]!;
      const before = await snapshot(db);
      const result = await action(undefined, fields(token));
      expect(result.ok).toBe(false);
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it("works for an anonymous holder of a valid link", async () => {
    const token = await link("valid");
    fakeRequest.user = null;
    const destination = await redirectOf(action(undefined, fields(token)));
    expect(destination).toMatch(/^\/admin\/login\?notice=/);
    const row = await db.oneTimeToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.usedAt).not.toBeNull();
  });
});
