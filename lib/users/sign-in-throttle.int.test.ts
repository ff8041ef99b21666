import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { THROTTLE } from "@/lib/auth/throttle";
import { createPrismaClient } from "@/lib/db-client";
import { clientIp, trustedClientAddress } from "@/lib/request-ip";
import { makeUser, PASSWORD } from "@/lib/users/testing";

/*
 * Sign-in throttling as the credentials provider sees it (lib/auth/credentials.ts), per account
 * and per client address. Lives beside the user tests because it exercises their accounts.
 */

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

/** The address a request reaches `authorize` with, after scripts/serve.ts fixed the header. */
function addressSeen(forwardedFor: string | undefined, peer: string): string {
  const fixed = trustedClientAddress(forwardedFor, peer, 0);
  return clientIp(new Headers({ "x-forwarded-for": fixed }));
}

describe("sign-in throttling", () => {
  it("locks an account for 15 minutes after 5 failures, even for the right password", async () => {
    const user = await makeUser(db, "EDITOR");
    for (let i = 0; i < THROTTLE.account.limit; i++) {
      // A different address each time: the account lock does not depend on where guesses come from.
      const result = await authenticate(db, user.email, `wrong password ${i}`, `192.0.2.${i + 1}`);
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await authenticate(db, user.email, PASSWORD, "198.51.100.77");
    expect(locked).toEqual({ ok: false, reason: "locked", minutes: 15 });

    const row = await db.authThrottle.findUniqueOrThrow({
      where: { key: `account:${user.email}` },
    });
    const minutes = (row.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14.9);
    expect(minutes).toBeLessThanOrEqual(15);

    const trail = await db.auditLog.findMany({
      where: { details: { path: ["email"], equals: user.email } },
      orderBy: { id: "asc" },
    });
    expect(trail.map((entry) => entry.action)).toEqual([
      ...Array<string>(5).fill("auth.sign_in_failed"),
      "auth.sign_in_locked",
    ]);
    expect(trail[0]).toMatchObject({
      actorId: user.id,
      ip: "192.0.2.1",
      details: { reason: "wrong_password" },
    });
    expect(trail.at(-1)).toMatchObject({ ip: "198.51.100.77" });

    // Once the lock has run out, the right password works again and clears the counter.
    await db.authThrottle.update({
      where: { key: `account:${user.email}` },
      data: { lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(0) },
    });
    expect(await authenticate(db, user.email, PASSWORD, "198.51.100.77")).toMatchObject({
      ok: true,
    });
    expect(await db.authThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });

  it("locks a client address after 20 failures across accounts", async () => {
    const victim = await makeUser(db, "CONTRIBUTOR");
    const ip = "198.51.100.90";
    for (let i = 0; i < THROTTLE.ip.limit; i++)
      await authenticate(db, `nobody-${i}@example.org`, "guess", ip);
    expect(await authenticate(db, victim.email, PASSWORD, ip)).toMatchObject({
      ok: false,
      reason: "locked",
    });
    // The account itself is not locked: from elsewhere its owner still gets in.
    expect(await authenticate(db, victim.email, PASSWORD, "198.51.100.91")).toMatchObject({
      ok: true,
    });
    const unknown = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign_in_failed", ip },
    });
    expect(unknown).toMatchObject({ actorId: null, details: { reason: "unknown_account" } });
  });

  it("is not escaped by a spoofed X-Forwarded-For", async () => {
    const peer = "203.0.113.50";
    const victim = await makeUser(db, "EDITOR");
    for (let i = 0; i < THROTTLE.ip.limit; i++) {
      const spoofed = `10.${i}.0.1, 172.16.${i}.9`;
      await authenticate(db, `someone-${i}@example.org`, "guess", addressSeen(spoofed, peer));
    }
    const fresh = addressSeen("192.0.2.200", peer);
    expect(fresh).toBe(peer);
    expect(await authenticate(db, victim.email, PASSWORD, fresh)).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect(await db.auditLog.count({ where: { ip: { startsWith: "10." } } })).toBe(0);
    expect(await db.auditLog.count({ where: { ip: peer, action: "auth.sign_in_failed" } })).toBe(
      THROTTLE.ip.limit,
    );
  });

  it("refuses deactivated accounts like wrong passwords, and audits why", async () => {
    const user = await makeUser(db, "EDITOR");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate(db, user.email, PASSWORD, "198.51.100.95")).toEqual({
      ok: false,
      reason: "invalid",
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.sign_in_failed", actorId: user.id },
    });
    expect(entry.details).toMatchObject({ reason: "deactivated" });
  });
});
