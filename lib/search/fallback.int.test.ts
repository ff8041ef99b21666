import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchInitiatives } from "@/lib/search/queries";
import { ListingQuerySchema } from "@/lib/search/schemas";
import { searchSettings, searchStatement } from "@/lib/search/statement";
import { queryTokens } from "@/lib/text/fold";
import { seedDatabase } from "@/prisma/seed/seed";

beforeAll(async () => {
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

/** The plan lines of the trigram (typo) scan, as EXPLAIN ANALYZE ran the statement. */
async function trigramScan(q: string, pageSize: number): Promise<string[]> {
  const query = ListingQuerySchema.parse({ q });
  const tokens = queryTokens(query.q);
  const statement = searchStatement({ query, tokens, sort: "relevance", locale: "en", pageSize });
  const [, plan] = await db.$transaction([
    db.$queryRaw(searchSettings(tokens)),
    db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF) ${statement}`),
  ]);
  return plan
    .map((row) => row["QUERY PLAN"])
    .filter((line) => line.includes("InitiativeSearch_names_idx"));
}

describe("the typo fallback", () => {
  it("is not scanned when the full-text branch fills a page", async () => {
    // "kun" is in Kun Jarygy's name: one full-text hit fills a page of one.
    const skipped = await trigramScan("kun", 1);
    expect(skipped.length).toBeGreaterThan(0);
    for (const line of skipped) expect(line).toContain("never executed");
  });

  it("is scanned when the full-text branch finds less than a page", async () => {
    const scanned = await trigramScan("kun", 100);
    expect(scanned.length).toBeGreaterThan(0);
    for (const line of scanned) expect(line).not.toContain("never executed");
  });

  it("still finds a misspelt name on a page of the listing's size", async () => {
    const result = await searchInitiatives(ListingQuerySchema.parse({ q: "gorozanym" }), "en");
    expect(result.hits[0]?.slug).toBe("gorozhanym");
  });

  it("never lists an initiative twice when both branches match it", async () => {
    for (const q of ["bulbul", "bulbull", "kun jarygy", "gorozhanim"]) {
      const result = await searchInitiatives(ListingQuerySchema.parse({ q }), "en", 100);
      const slugs = result.hits.map((hit) => hit.slug);
      expect(new Set(slugs).size, q).toBe(slugs.length);
      expect(result.total, q).toBe(slugs.length);
    }
  });
});
