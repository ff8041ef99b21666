import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { consumeRateLimit, createBatchedRateLimiter, pruneRateLimits } from "@/lib/rate-limit";

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

describe("createBatchedRateLimiter", () => {
  /** A clock the test moves by hand; syncs happen only when the test flushes. */
  function setup(startIso: string) {
    let now = at(startIso).getTime();
    const clock = { now: () => now, advance: (ms: number) => (now += ms) };
    const limiter = (options: { staleMs?: number } = {}) =>
      createBatchedRateLimiter(db, { ...LIMIT, syncMs: 3_600_000, clock: clock.now, ...options });
    return { clock, limiter };
  }
  const stored = async (key: string) =>
    (await db.rateLimitCounter.findMany({ where: { key }, orderBy: { windowStart: "asc" } })).map(
      (row) => row.count,
    );

  it("counts exactly within one process, concurrent requests included", async () => {
    const { limiter } = setup("2026-11-21T11:00:15Z");
    const one = limiter();
    const results = await Promise.all(Array.from({ length: 8 }, () => one.consume("b:a")));
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
    expect(results[4]).toMatchObject({ remaining: 0 });
    expect(results[5]).toMatchObject({ allowed: false, retryAfterSeconds: 45 });
    // Nothing is written per request: the counts reach the shared row in one batch.
    expect(await stored("b:a")).toEqual([]);
    await one.flush();
    expect(await stored("b:a")).toEqual([8]);
  });

  it("sees another instance's counts once they are written and read back", async () => {
    const { clock, limiter } = setup("2026-11-21T11:10:00Z");
    const first = limiter({ staleMs: 1_000 });
    const second = limiter({ staleMs: 1_000 });
    for (let i = 0; i < 4; i++) expect((await first.consume("b:shared")).allowed).toBe(true);
    await first.flush();
    // The second instance reads the shared row before its first decision: 4 + 1 is the limit.
    expect((await second.consume("b:shared")).allowed).toBe(true);
    expect((await second.consume("b:shared")).allowed).toBe(false);
    await second.flush();
    // The first instance's view is re-read once stale, and includes the second's requests.
    clock.advance(2_000);
    expect((await first.consume("b:shared")).allowed).toBe(false);
    await first.flush();
    expect(await stored("b:shared")).toEqual([7]);
  });

  it("keeps keys apart and writes several keys in one batch", async () => {
    const { limiter } = setup("2026-11-21T11:20:00Z");
    const one = limiter();
    for (let i = 0; i < 6; i++) await one.consume("b:x");
    expect((await one.consume("b:y")).allowed).toBe(true);
    await one.flush();
    expect(await stored("b:x")).toEqual([6]);
    expect(await stored("b:y")).toEqual([1]);
  });

  it("slides into the next window, writing the old window's counts where they belong", async () => {
    const { clock, limiter } = setup("2026-11-21T11:30:50Z");
    const one = limiter();
    for (let i = 0; i < 5; i++) expect((await one.consume("b:slide")).allowed).toBe(true);
    clock.advance(20_000); // 11:31:10, 5/6 of the previous window still overlaps
    expect((await one.consume("b:slide")).allowed).toBe(false);
    clock.advance(110_000); // 11:33:00
    expect((await one.consume("b:slide")).allowed).toBe(true);
    await one.flush();
    expect(await stored("b:slide")).toEqual([5, 1, 1]);
  });

  it("loses no count written while requests keep arriving", async () => {
    // The real clock, and a sync every 5 ms while the 200 requests arrive over 20 ms.
    const one = createBatchedRateLimiter(db, { limit: 1000, windowSeconds: 60, syncMs: 5 });
    await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i % 20));
        return one.consume("b:stream");
      }),
    );
    await one.flush();
    const rows = await stored("b:stream");
    expect(rows.reduce((sum, count) => sum + count, 0)).toBe(200);
  });
});
