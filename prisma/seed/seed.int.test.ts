import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { INITIATIVES } from "./initiatives";
import { seedDatabase } from "./seed";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

describe("seedDatabase", () => {
  it("loads every initiative, published, with its relations", async () => {
    const result = await seedDatabase(db);
    expect(result).toEqual({ seeded: true, initiatives: INITIATIVES.length });

    const published = await db.initiative.count({
      where: { state: "PUBLISHED", publishedAt: { not: null } },
    });
    expect(published).toBe(INITIATIVES.length);

    const kun = await db.initiative.findUniqueOrThrow({
      where: { slug: "kun-jarygy" },
      include: {
        translations: true,
        countries: true,
        causes: true,
        sources: true,
        primaryCause: true,
      },
    });
    expect(kun.translations.map((t) => t.locale)).toEqual(expect.arrayContaining(["en", "ru"]));
    expect(kun.countries.map((c) => c.countryCode)).toContain("KZ");
    expect(kun.sources.length).toBeGreaterThan(0);
    expect(kun.primaryCause).not.toBeNull();

    const withoutSource = await db.initiative.count({ where: { sources: { none: {} } } });
    expect(withoutSource).toBe(0);
    const links = await db.initiativeLink.findMany({ select: { url: true } });
    for (const link of links) expect(link.url).toMatch(/^(https:\/\/|mailto:)/);
  });

  it("seeds nothing when initiatives exist", async () => {
    const before = await db.initiative.count();
    expect(await seedDatabase(db)).toEqual({ seeded: false, existing: before });
    expect(await db.initiative.count()).toBe(before);
    expect(await db.cause.count()).toBeGreaterThan(10);
  });
});
