import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import * as actions from "@/lib/initiatives/workflow-actions";
import { seedDatabase } from "@/prisma/seed/seed";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async () => {
  const { AuthorizationError, can } = await import("@/lib/authz");
  return {
    getSessionUser: async () => session.user,
    requireCapability: async (capability: Parameters<typeof can>[1]) => {
      if (!session.user) throw new AuthorizationError("unauthenticated");
      if (!can(session.user.role, capability)) throw new AuthorizationError("forbidden");
      return session.user;
    },
    requestIp: async () => "203.0.113.1",
  };
});

type Action = (prev: undefined, input: Record<string, unknown>) => Promise<ActionState>;
let draftId = "";
let publishedId = "";
let scheduleId = "";

/** Each action, the roles refused, a role allowed, and a valid input for it. */
const MATRIX: {
  name: keyof typeof actions;
  refused: (Role | null)[];
  allowed: Role;
  input: () => Record<string, unknown>;
}[] = [
  {
    name: "submitForReviewAction",
    refused: [null],
    allowed: "CONTRIBUTOR",
    input: () => ({ id: draftId }),
  },
  {
    name: "publishInitiativeAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: draftId }),
  },
  {
    name: "unpublishInitiativeAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: publishedId }),
  },
  {
    name: "archiveInitiativeAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "ADMIN",
    input: () => ({ id: draftId }),
  },
  {
    name: "transitionInitiativeAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: draftId, transition: "publish" }),
  },
  {
    name: "bulkTransitionAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ ids: [publishedId], transition: "unpublish" }),
  },
  {
    name: "scheduleAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({
      id: draftId,
      action: "PUBLISH",
      runAt: new Date(Date.now() + 3_600_000).toISOString(),
    }),
  },
  {
    name: "cancelScheduleAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ scheduleId }),
  },
  {
    name: "createPreviewLinkAction",
    refused: [null],
    allowed: "CONTRIBUTOR",
    input: () => ({ id: draftId, days: 3 }),
  },
];

export const COVERED_ACTIONS = [
  "submitForReviewAction",
  "publishInitiativeAction",
  "unpublishInitiativeAction",
  "archiveInitiativeAction",
  "transitionInitiativeAction",
  "bulkTransitionAction",
  "scheduleAction",
  "cancelScheduleAction",
  "createPreviewLinkAction",
];

const users = {} as Record<Role, SessionUser>;

async function fingerprint() {
  const [initiatives, revisions, audits, schedules, tokens] = await Promise.all([
    db.initiative.findMany({
      select: { id: true, state: true, version: true, updatedAt: true },
      orderBy: { id: "asc" },
    }),
    db.revision.count(),
    db.auditLog.count(),
    db.scheduledAction.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    db.oneTimeToken.count(),
  ]);
  return JSON.stringify({ initiatives, revisions, audits, schedules, tokens });
}

beforeAll(async () => {
  await seedDatabase(db);
  for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as Role[]) {
    users[role] = await db.user.create({
      data: { email: `${role.toLowerCase()}@example.org`, role, passwordHash: "unused" },
      select: { id: true, email: true, name: true, role: true },
    });
  }
});

async function resetFixtures() {
  const orgType = await db.orgType.findFirstOrThrow({ select: { id: true } });
  const make = (slug: string, state: "DRAFT" | "PUBLISHED") =>
    db.initiative.create({
      data: {
        slug: `${slug}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
        state,
        publishedAt: state === "PUBLISHED" ? new Date() : null,
        orgTypeId: orgType.id,
        translations: { create: [{ locale: "en", name: slug, summary: "s", description: "d" }] },
      },
      select: { id: true },
    });
  draftId = (await make("authz-draft", "DRAFT")).id;
  publishedId = (await make("authz-published", "PUBLISHED")).id;
  scheduleId = (
    await db.scheduledAction.create({
      data: { initiativeId: draftId, action: "PUBLISH", runAt: new Date(Date.now() + 86_400_000) },
      select: { id: true },
    })
  ).id;
}

describe.each(MATRIX)("$name", ({ name, refused, allowed, input }) => {
  it.each(refused.map((role) => [role ?? "anonymous", role] as const))(
    "refuses %s and changes nothing",
    async (_label, role) => {
      await resetFixtures();
      session.user = role ? users[role] : null;
      const before = await fingerprint();
      const result = await (actions[name] as unknown as Action)(undefined, input());
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/sign in|not allowed/i);
      expect(await fingerprint()).toBe(before);
    },
  );

  it(`allows ${allowed}`, async () => {
    await resetFixtures();
    session.user = users[allowed];
    const result = await (actions[name] as unknown as Action)(undefined, input());
    expect(result).toMatchObject({ ok: true });
  });
});

it("covers every exported action", () => {
  expect(Object.keys(actions).sort()).toEqual([...COVERED_ACTIONS].sort());
  expect(MATRIX.map((row) => row.name).sort()).toEqual([...COVERED_ACTIONS].sort());
});
