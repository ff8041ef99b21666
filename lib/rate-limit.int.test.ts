import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { consumeRateLimit, pruneRateLimits } from "@/lib/rate-limit";

const db = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => db.$disconnect());

const LIMIT = { limit: 5, windowSeconds: 60 };
const at = (iso: string) => new Date(iso);

describe("consumeRateLimit", () => {
  it("allows the limit, then refuses with the time left in the window", async () => {
    const results = [];
    for (let i = 0; i < 8; i++) {
      results.push(await consumeRateLimit(db, "t:a", LIMIT, at("2026-11-21T10:00:15Z")));
    }
    expect(results.map((r) => r.allowed)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(results[4]).toMatchObject({ remaining: 0, retryAfterSeconds: 0 });
    expect(results[5]).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
  });

  it("counts concurrent requests exactly (no lost increments)", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        consumeRateLimit(db, "t:burst", LIMIT, at("2026-11-21T10:00:00Z")),
      ),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const row = await db.rateLimitCounter.findFirstOrThrow({ where: { key: "t:burst" } });
    expect(row.count).toBe(20);
  });

  it("keeps keys apart", async () => {
    for (let i = 0; i < 5; i++)
      await consumeRateLimit(db, "t:b", LIMIT, at("2026-11-21T10:00:00Z"));
    expect((await consumeRateLimit(db, "t:c", LIMIT, at("2026-11-21T10:00:00Z"))).allowed).toBe(
      true,
    );
  });

  it("slides: a full previous window still weighs early in the next one", async () => {
    for (let i = 0; i < 5; i++)
      await consumeRateLimit(db, "t:d", LIMIT, at("2026-11-21T10:00:50Z"));
    // 10 s into the next window, 5/6 of the previous one still overlaps: refused.
    expect((await consumeRateLimit(db, "t:d", LIMIT, at("2026-11-21T10:01:10Z"))).allowed).toBe(
      false,
    );
    // Two windows later the old burst no longer counts.
    expect((await consumeRateLimit(db, "t:d", LIMIT, at("2026-11-21T10:03:00Z"))).allowed).toBe(
      true,
    );
  });

  it("prunes counters older than two of the longest windows", async () => {
    await consumeRateLimit(db, "t:old", LIMIT, at("2026-11-01T00:00:00Z"));
    await consumeRateLimit(db, "t:new", LIMIT, at("2026-11-21T09:59:00Z"));
    const removed = await pruneRateLimits(db, 3600, at("2026-11-21T10:00:00Z"));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitCounter.count({ where: { key: "t:old" } })).toBe(0);
    expect(await db.rateLimitCounter.count({ where: { key: "t:new" } })).toBe(1);
  });
});
