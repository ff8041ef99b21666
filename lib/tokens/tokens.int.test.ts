import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import {
  consumeToken,
  createToken,
  findToken,
  hashToken,
  revokeTokens,
  TOKEN_TTL_MS,
} from "@/lib/tokens/tokens";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => db.$disconnect());

describe("one-time tokens", () => {
  it("stores only the SHA-256 of a 32-byte base64url token", async () => {
    const before = Date.now();
    const { id, token, expiresAt } = await createToken(db, {
      kind: "INVITE",
      email: "a@example.org",
      role: "EDITOR",
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.oneTimeToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(TOKEN_TTL_MS.INVITE - 1000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(TOKEN_TTL_MS.INVITE + 5000);
  });

  it("is used once, and only for its own kind", async () => {
    const { token } = await createToken(db, { kind: "PASSWORD_RESET", userId: null });
    expect(await consumeToken(db, "INVITE", token)).toEqual({ ok: false, reason: "invalid" });
    const first = await consumeToken(db, "PASSWORD_RESET", token);
    expect(first.ok).toBe(true);
    expect(await consumeToken(db, "PASSWORD_RESET", token)).toEqual({ ok: false, reason: "used" });
    expect(await findToken(db, "PASSWORD_RESET", token)).toEqual({ ok: false, reason: "used" });
  });

  it("refuses expired, unknown and malformed tokens", async () => {
    const { token } = await createToken(db, { kind: "PREVIEW", ttlMs: -1000 });
    expect(await consumeToken(db, "PREVIEW", token)).toEqual({ ok: false, reason: "expired" });
    const unknown = Buffer.alloc(32, 7).toString("base64url");
    expect(await consumeToken(db, "PREVIEW", unknown)).toEqual({ ok: false, reason: "invalid" });
    for (const junk of ["", "short", `${unknown}x`, 42, null])
      expect(await consumeToken(db, "PREVIEW", junk)).toEqual({ ok: false, reason: "invalid" });
  });

  it("lets exactly one of many concurrent consumers win", async () => {
    const { token } = await createToken(db, { kind: "INVITE", email: "race@example.org" });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => consumeToken(db, "INVITE", token)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("stays unused when the transaction using it fails", async () => {
    const { token } = await createToken(db, { kind: "INVITE", email: "rollback@example.org" });
    await expect(
      db.$transaction(async (tx) => {
        expect((await consumeToken(tx, "INVITE", token)).ok).toBe(true);
        throw new Error("the work failed");
      }),
    ).rejects.toThrow("the work failed");
    expect((await findToken(db, "INVITE", token)).ok).toBe(true);
  });

  it("revokes the open links it is asked to", async () => {
    const old = await createToken(db, { kind: "INVITE", email: "twice@example.org" });
    const other = await createToken(db, { kind: "INVITE", email: "other@example.org" });
    expect(await revokeTokens(db, { kind: "INVITE", email: "twice@example.org" })).toBe(1);
    expect(await findToken(db, "INVITE", old.token)).toEqual({ ok: false, reason: "expired" });
    expect((await findToken(db, "INVITE", other.token)).ok).toBe(true);
  });
});
