import { describe, expect, it } from "vitest";
import { INITIATIVES } from "./initiatives";
import { seedVerifiedAt } from "./seed";

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

describe("seeded verification dates", () => {
  const now = new Date("2026-11-21T10:00:00Z");
  const dates = INITIATIVES.map((seed) => ({ seed, verified: seedVerifiedAt(seed, now) }));

  it("are never in the future nor before the newest article cited", () => {
    for (const { seed, verified } of dates) {
      if (!verified) continue;
      expect(verified.getTime(), seed.slug).toBeLessThanOrEqual(now.getTime());
      const newest = seed.sources.flatMap((s) => (s.publishedAt ? [s.publishedAt] : [])).sort();
      expect(verified.toISOString().slice(0, 10) >= (newest.at(-1) ?? ""), seed.slug).toBe(true);
    }
  });

  it("leave most entries recently checked and a few due again", () => {
    const stale = dates.filter(
      ({ verified }) => !verified || now.getTime() - verified.getTime() > YEAR_MS,
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.length).toBeLessThan(dates.length / 2);
  });
});
