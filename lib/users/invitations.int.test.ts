import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { createPrismaClient } from "@/lib/db-client";
import { findToken } from "@/lib/tokens/tokens";
import type { AuditContext } from "@/lib/users/context";
import { acceptInvite, inviteUser } from "@/lib/users/invitations";
import { issueResetLink, resetPassword } from "@/lib/users/password-reset";
import { makeUser, PASSWORD } from "@/lib/users/testing";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => db.$disconnect());

const NEW_PASSWORD = "copper meadow violin 8";
const IP = "198.51.100.20";

async function adminContext(): Promise<AuditContext> {
  const admin = await makeUser(db, "ADMIN");
  return { actor: { id: admin.id, email: admin.email }, ip: IP, via: "admin" };
}

describe("invitations", () => {
  it("invite, accept, then sign in with the new account; every step audited", async () => {
    const context = await adminContext();
    const invited = await inviteUser(db, context, {
      email: "new.editor@example.org",
      role: "EDITOR",
    });
    if (!invited.ok) throw new Error("invite refused");
    expect(invited.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(await db.user.count({ where: { email: "new.editor@example.org" } })).toBe(0);

    const accepted = await acceptInvite(
      db,
      { token: invited.token, name: "Nadia", password: NEW_PASSWORD },
      "198.51.100.21",
    );
    expect(accepted).toMatchObject({
      ok: true,
      user: { email: "new.editor@example.org", role: "EDITOR" },
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.editor@example.org" } });
    expect(user).toMatchObject({ name: "Nadia", role: "EDITOR", active: true });
    expect(await findToken(db, "INVITE", invited.token)).toEqual({ ok: false, reason: "used" });

    const signIn = await authenticate(db, "new.editor@example.org", NEW_PASSWORD, "198.51.100.21");
    expect(signIn).toMatchObject({ ok: true, user: { id: user.id, role: "EDITOR" } });

    const trail = await db.auditLog.findMany({
      where: {
        action: { in: ["user.invite", "user.create"] },
        details: { path: ["email"], equals: "new.editor@example.org" },
      },
    });
    expect(trail.map((entry) => entry.action)).toEqual(["user.invite"]);
    expect(trail[0]).toMatchObject({ actorId: context.actor!.id, ip: IP });
    const created = await db.auditLog.findFirstOrThrow({
      where: { action: "user.create", entityId: user.id },
    });
    expect(created).toMatchObject({ actorId: user.id, ip: "198.51.100.21" });
    expect(created.details).toMatchObject({ role: "EDITOR", invitedById: context.actor!.id });
  });

  it("works once: a second acceptance is refused and creates nothing", async () => {
    const invited = await inviteUser(db, await adminContext(), {
      email: "once@example.org",
      role: "CONTRIBUTOR",
    });
    if (!invited.ok) throw new Error("invite refused");
    const input = { token: invited.token, name: "A", password: NEW_PASSWORD };
    expect((await acceptInvite(db, input, IP)).ok).toBe(true);
    const users = await db.user.count();
    expect(await acceptInvite(db, input, IP)).toEqual({ ok: false, code: "used" });
    expect(await db.user.count()).toBe(users);
  });

  it("refuses an expired invitation", async () => {
    const invited = await inviteUser(db, await adminContext(), {
      email: "late@example.org",
      role: "EDITOR",
    });
    if (!invited.ok) throw new Error("invite refused");
    await db.oneTimeToken.updateMany({
      where: { email: "late@example.org" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      await acceptInvite(db, { token: invited.token, name: "L", password: NEW_PASSWORD }, IP),
    ).toEqual({ ok: false, code: "expired" });
    expect(await db.user.count({ where: { email: "late@example.org" } })).toBe(0);
  });

  it("refuses to invite an existing account, and a newer invitation replaces an older one", async () => {
    const context = await adminContext();
    const existing = await makeUser(db, "EDITOR");
    expect(await inviteUser(db, context, { email: existing.email, role: "ADMIN" })).toEqual({
      ok: false,
      code: "exists",
    });
    const first = await inviteUser(db, context, { email: "twice@example.org", role: "EDITOR" });
    const second = await inviteUser(db, context, { email: "twice@example.org", role: "ADMIN" });
    if (!first.ok || !second.ok) throw new Error("invite refused");
    expect((await findToken(db, "INVITE", first.token)).ok).toBe(false);
    expect(await findToken(db, "INVITE", second.token)).toMatchObject({
      ok: true,
      token: { role: "ADMIN" },
    });
  });

  it("leaves the invitation usable when the account appeared meanwhile", async () => {
    const invited = await inviteUser(db, await adminContext(), {
      email: "raced@example.org",
      role: "EDITOR",
    });
    if (!invited.ok) throw new Error("invite refused");
    await db.user.create({ data: { email: "raced@example.org", passwordHash: "x" } });
    expect(
      await acceptInvite(db, { token: invited.token, name: "R", password: NEW_PASSWORD }, IP),
    ).toEqual({ ok: false, code: "exists" });
    expect((await findToken(db, "INVITE", invited.token)).ok).toBe(true);
  });
});

describe("password reset links", () => {
  it("reset once: new password works, old one and the link do not, sessions end", async () => {
    const context = await adminContext();
    const user = await makeUser(db, "EDITOR");
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const issued = await issueResetLink(db, context, { userId: user.id });
    if (!issued.ok) throw new Error("refused");
    expect(issued.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    expect(issued.expiresAt.getTime() - Date.now()).toBeGreaterThan(3500_000);

    expect(await resetPassword(db, { token: issued.token, password: NEW_PASSWORD }, IP)).toEqual({
      ok: true,
      email: user.email,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordChangedAt).not.toBeNull();
    expect((await authenticate(db, user.email, NEW_PASSWORD, IP)).ok).toBe(true);
    expect((await authenticate(db, user.email, PASSWORD, IP)).ok).toBe(false);

    expect(
      await resetPassword(db, { token: issued.token, password: "another fine phrase 9" }, IP),
    ).toEqual({ ok: false, code: "used" });
    expect((await authenticate(db, user.email, NEW_PASSWORD, IP)).ok).toBe(true);

    const actions = await db.auditLog.findMany({
      where: { entityId: user.id, action: { in: ["user.reset_link", "user.password_reset"] } },
      orderBy: { id: "asc" },
    });
    expect(actions.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["user.reset_link", context.actor!.id],
      ["user.password_reset", user.id],
    ]);
  });

  it("expires after an hour", async () => {
    const user = await makeUser(db, "CONTRIBUTOR");
    const issued = await issueResetLink(db, await adminContext(), { userId: user.id });
    if (!issued.ok) throw new Error("refused");
    await db.oneTimeToken.updateMany({
      where: { userId: user.id, kind: "PASSWORD_RESET" },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await resetPassword(db, { token: issued.token, password: NEW_PASSWORD }, IP)).toEqual({
      ok: false,
      code: "expired",
    });
    expect((await authenticate(db, user.email, PASSWORD, IP)).ok).toBe(true);
  });

  it("a newer link replaces the older; a deactivated account gets none", async () => {
    const context = await adminContext();
    const user = await makeUser(db, "EDITOR");
    const first = await issueResetLink(db, context, { userId: user.id });
    const second = await issueResetLink(db, context, { email: user.email });
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(await resetPassword(db, { token: first.token, password: NEW_PASSWORD }, IP)).toEqual({
      ok: false,
      code: "expired",
    });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await issueResetLink(db, context, { userId: user.id })).toEqual({
      ok: false,
      code: "inactive",
    });
    expect(await resetPassword(db, { token: second.token, password: NEW_PASSWORD }, IP)).toEqual({
      ok: false,
      code: "invalid",
    });
  });

  it("lifts a sign-in lock on the account", async () => {
    const user = await makeUser(db, "EDITOR");
    for (let i = 0; i < 5; i++) await authenticate(db, user.email, "wrong guess here", "192.0.2.1");
    expect((await authenticate(db, user.email, PASSWORD, "192.0.2.2")).ok).toBe(false);
    const issued = await issueResetLink(db, await adminContext(), { userId: user.id });
    if (!issued.ok) throw new Error("refused");
    await resetPassword(db, { token: issued.token, password: NEW_PASSWORD }, IP);
    expect((await authenticate(db, user.email, NEW_PASSWORD, "192.0.2.2")).ok).toBe(true);
  });
});
