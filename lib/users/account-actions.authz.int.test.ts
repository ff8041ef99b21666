import { describe, expect, it, vi } from "vitest";
import { msg } from "@/lib/admin-i18n/codes";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/users/password";
import { changePasswordAction } from "@/lib/users/account-actions";
import {
  fakeRequest,
  formData,
  makeUser,
  PASSWORD,
  redirectOf,
  snapshot,
} from "@/lib/users/testing";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/users/testing")).headersModule());

export const COVERED_ACTIONS = ["changePasswordAction"] as const;

const NEXT = "granite puffin saddle 3";
const input = (currentPassword = PASSWORD) =>
  formData({ currentPassword, newPassword: NEXT, confirmPassword: NEXT });

const hashOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;

describe("changePasswordAction", () => {
  it("refuses anonymous callers and changes nothing", async () => {
    await makeUser(db, "EDITOR");
    fakeRequest.user = null;
    const before = await snapshot(db);
    const result = await changePasswordAction(undefined, input());
    expect(result).toMatchObject({ ok: false, message: "Please sign in." });
    expect(await snapshot(db)).toEqual(before);
  });

  it.each(["CONTRIBUTOR", "EDITOR", "ADMIN"] as const)(
    "lets a %s change their own password only, then sends them to sign in again",
    async (role) => {
      const me = await makeUser(db, role);
      const bystander = await makeUser(db, "ADMIN");
      const bystanderHash = await hashOf(bystander.id);
      fakeRequest.user = me;
      const destination = await redirectOf(changePasswordAction(undefined, input()));
      expect(destination).toBe("/admin/login?notice=password_changed");
      expect(await verifyPassword(await hashOf(me.id), NEXT)).toBe(true);
      expect(await hashOf(bystander.id)).toBe(bystanderHash);
      const row = await db.user.findUniqueOrThrow({ where: { id: me.id } });
      expect(row.sessionVersion).toBe(2);
      expect(
        await db.auditLog.count({
          where: { action: "user.password_change", actorId: me.id, ip: "203.0.113.7" },
        }),
      ).toBe(1);
    },
  );

  it("keeps the password when the current one is wrong, and never echoes passwords", async () => {
    const me = await makeUser(db, "EDITOR");
    fakeRequest.user = me;
    const hash = await hashOf(me.id);
    const result = await changePasswordAction(undefined, input("not my password"));
    expect(result).toMatchObject({
      ok: false,
      code: "account.password.wrongCurrent",
      fieldErrors: { currentPassword: [msg("account.password.wrongCurrent")] },
    });
    expect(JSON.stringify(result)).not.toContain(NEXT);
    expect(await hashOf(me.id)).toBe(hash);

    const mismatch = await changePasswordAction(
      undefined,
      formData({ currentPassword: PASSWORD, newPassword: NEXT, confirmPassword: "different" }),
    );
    expect(mismatch.fieldErrors?.confirmPassword?.[0]).toBe(msg("validation.passwordMismatch"));
    expect(JSON.stringify(mismatch)).not.toContain(PASSWORD);
    expect(await hashOf(me.id)).toBe(hash);
  });
});
