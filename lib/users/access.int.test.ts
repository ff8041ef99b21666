import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { createPrismaClient } from "@/lib/db-client";
import { changeRole, setActive } from "@/lib/users/access";
import type { AuditContext } from "@/lib/users/context";
import { changeOwnPassword } from "@/lib/users/own-password";
import { makeUser, PASSWORD } from "@/lib/users/testing";

const db = createPrismaClient(process.env.DATABASE_URL!, 6);
afterAll(() => db.$disconnect());

const context = (actor: { id: string; email: string }): AuditContext => ({
  actor: { id: actor.id, email: actor.email },
  ip: "198.51.100.30",
  via: "admin",
});

const cli: AuditContext = { actor: null, ip: null, via: "cli" };

const activeAdmins = () => db.user.count({ where: { role: "ADMIN", active: true } });
const sessionVersion = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;

// Each test starts with no other admins, so "the last admin" means what it says.
beforeEach(async () => {
  await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
});

describe("role changes and deactivation", () => {
  it("end the account's sessions (sessionVersion changes) and are audited", async () => {
    const admin = await makeUser(db, "ADMIN");
    const user = await makeUser(db, "CONTRIBUTOR");
    const v1 = await sessionVersion(user.id);

    expect(await changeRole(db, context(admin), { userId: user.id, role: "EDITOR" })).toEqual({
      ok: true,
      email: user.email,
    });
    const v2 = await sessionVersion(user.id);
    expect(v2).toBe(v1 + 1);

    expect((await setActive(db, context(admin), { userId: user.id, active: false })).ok).toBe(true);
    const v3 = await sessionVersion(user.id);
    expect(v3).toBe(v2 + 1);
    expect((await authenticate(db, user.email, PASSWORD, "192.0.2.10")).ok).toBe(false);

    expect((await setActive(db, context(admin), { userId: user.id, active: true })).ok).toBe(true);
    expect(await sessionVersion(user.id)).toBe(v3 + 1);
    expect((await authenticate(db, user.email, PASSWORD, "192.0.2.10")).ok).toBe(true);

    const trail = await db.auditLog.findMany({
      where: { entityId: user.id, action: { startsWith: "user." } },
      orderBy: { id: "asc" },
    });
    expect(trail.map((entry) => entry.action)).toEqual([
      "user.role_change",
      "user.deactivate",
      "user.reactivate",
    ]);
    expect(trail[0]).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      ip: "198.51.100.30",
      details: { from: "CONTRIBUTOR", to: "EDITOR" },
    });
  });

  it("report unchanged and unknown targets without writing", async () => {
    const admin = await makeUser(db, "ADMIN");
    const user = await makeUser(db, "EDITOR");
    const audits = await db.auditLog.count();
    expect(await changeRole(db, context(admin), { userId: user.id, role: "EDITOR" })).toEqual({
      ok: false,
      code: "unchanged",
    });
    expect(
      await setActive(db, context(admin), {
        userId: "01900000-0000-7000-8000-000000000000",
        active: false,
      }),
    ).toEqual({ ok: false, code: "not_found" });
    expect(await db.auditLog.count()).toBe(audits);
    expect(await sessionVersion(user.id)).toBe(1);
  });
});

describe("the last active admin", () => {
  it("can be neither demoted nor deactivated, even by themselves", async () => {
    const admin = await makeUser(db, "ADMIN");
    expect(await changeRole(db, context(admin), { userId: admin.id, role: "EDITOR" })).toEqual({
      ok: false,
      code: "last_admin",
    });
    // Deactivating oneself is refused before the last-admin rule is even asked.
    expect(await setActive(db, context(admin), { userId: admin.id, active: false })).toEqual({
      ok: false,
      code: "self",
    });
    expect(await setActive(db, cli, { userId: admin.id, active: false })).toEqual({
      ok: false,
      code: "last_admin",
    });
    expect(await activeAdmins()).toBe(1);
    expect(await sessionVersion(admin.id)).toBe(1);
  });

  it("a deactivated admin does not count as another admin", async () => {
    const admin = await makeUser(db, "ADMIN");
    const dormant = await makeUser(db, "ADMIN");
    await db.user.update({ where: { id: dormant.id }, data: { active: false } });
    expect(await changeRole(db, context(admin), { userId: admin.id, role: "EDITOR" })).toEqual({
      ok: false,
      code: "last_admin",
    });
  });

  it("may step down once another admin exists", async () => {
    const first = await makeUser(db, "ADMIN");
    const second = await makeUser(db, "ADMIN");
    expect((await changeRole(db, context(first), { userId: first.id, role: "EDITOR" })).ok).toBe(
      true,
    );
    expect(await setActive(db, context(first), { userId: second.id, active: false })).toEqual({
      ok: false,
      code: "last_admin",
    });
  });

  it("may not deactivate themselves, even with another admin left", async () => {
    const first = await makeUser(db, "ADMIN");
    await makeUser(db, "ADMIN");
    expect(await setActive(db, context(first), { userId: first.id, active: false })).toEqual({
      ok: false,
      code: "self",
    });
    expect(await sessionVersion(first.id)).toBe(1);
  });

  it("survives two concurrent demotions: exactly one of them passes", async () => {
    const a = await makeUser(db, "ADMIN");
    const b = await makeUser(db, "ADMIN");
    // Hold the admin rows so both changes are in flight, and waiting, before either proceeds.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT id FROM "User" WHERE role = 'ADMIN' FOR UPDATE`);
      const results = Promise.all([
        changeRole(db, context(b), { userId: a.id, role: "EDITOR" }),
        setActive(db, context(a), { userId: b.id, active: false }),
      ]);
      await waitForLockWaiters(holder, 2);
      await holder.query("COMMIT");
      const outcomes = await results;
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([
        { ok: false, code: "last_admin" },
      ]);
    } finally {
      await holder.end();
    }
    expect(await activeAdmins()).toBe(1);
  });
});

async function waitForLockWaiters(client: pg.Client, count: number) {
  for (let i = 0; i < 200; i++) {
    // Inside a transaction the statistics views are a snapshot: drop it to see fresh rows.
    await client.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`fewer than ${count} transactions ever waited for the admin rows`);
}

describe("changing one's own password", () => {
  it("needs the current password, and ends every session when it succeeds", async () => {
    const user = await makeUser(db, "EDITOR");
    const own = { ...context(user), actor: { id: user.id, email: user.email } };
    const next = "granite puffin saddle 3";
    expect(
      await changeOwnPassword(db, own, { currentPassword: "not my password", newPassword: next }),
    ).toEqual({ ok: false, code: "wrong_current" });
    expect(
      await changeOwnPassword(db, own, { currentPassword: PASSWORD, newPassword: PASSWORD }),
    ).toEqual({ ok: false, code: "same" });
    expect(await sessionVersion(user.id)).toBe(1);

    expect(
      await changeOwnPassword(db, own, { currentPassword: PASSWORD, newPassword: next }),
    ).toEqual({ ok: true });
    expect(await sessionVersion(user.id)).toBe(2);
    expect((await authenticate(db, user.email, next, "192.0.2.11")).ok).toBe(true);
    expect((await authenticate(db, user.email, PASSWORD, "192.0.2.11")).ok).toBe(false);
    const actions = await db.auditLog.findMany({
      where: { entityId: user.id, action: { startsWith: "user.password_change" } },
      orderBy: { id: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "user.password_change_failed",
      "user.password_change",
    ]);
  });

  it("counts wrong current passwords towards the account lock", async () => {
    const user = await makeUser(db, "CONTRIBUTOR");
    const own = { ...context(user), actor: { id: user.id, email: user.email } };
    const attempt = { currentPassword: "a wrong guess", newPassword: "granite puffin saddle 3" };
    for (let i = 0; i < 5; i++) await changeOwnPassword(db, own, attempt);
    expect(await changeOwnPassword(db, own, { ...attempt, currentPassword: PASSWORD })).toEqual({
      ok: false,
      code: "locked",
    });
    expect(await authenticate(db, user.email, PASSWORD, "192.0.2.12")).toMatchObject({
      ok: false,
      reason: "locked",
    });
  });
});
