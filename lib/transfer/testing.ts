import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/testing/databases";

/**
 * Helpers for the transfer tests: a second, empty migrated database, the taxonomy copied into it
 * (files reference taxonomy by code, so it has to exist there), and a dump of everything an
 * initiative holds with database ids replaced by what they point at.
 */

export async function emptyDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const { adminUrl, urlTemplate, templateDatabase } = inject("testServer");
  const name = uniqueDatabaseName("civic_atlas_transfer");
  await createDatabase(adminUrl, name, templateDatabase);
  const db = createPrismaClient(urlTemplate.replace("__DATABASE__", name), 2);
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(adminUrl, name);
    },
  };
}

export async function copyTaxonomy(from: Db, to: Db): Promise<void> {
  const [countries, causes, orgTypes] = await Promise.all([
    from.country.findMany({ include: { translations: true } }),
    from.cause.findMany({ include: { translations: true } }),
    from.orgType.findMany({ include: { translations: true } }),
  ]);
  for (const { translations, ...country } of countries)
    await to.country.create({
      data: {
        ...country,
        translations: { create: translations.map(({ countryCode: _, ...t }) => t) },
      },
    });
  for (const { translations, id: _, ...cause } of causes)
    await to.cause.create({
      data: { ...cause, translations: { create: translations.map(({ causeId: _c, ...t }) => t) } },
    });
  for (const { translations, id: _, ...orgType } of orgTypes)
    await to.orgType.create({
      data: {
        ...orgType,
        translations: { create: translations.map(({ orgTypeId: _o, ...t }) => t) },
      },
    });
}

/** Every initiative with all it holds, ids replaced by slugs and keys (comparable across DBs). */
export async function dumpInitiatives(db: Db) {
  const rows = await db.initiative.findMany({
    orderBy: { slug: "asc" },
    include: {
      orgType: { select: { slug: true } },
      primaryCause: { select: { slug: true } },
      logo: true,
      cover: true,
      translations: { orderBy: { locale: "asc" } },
      aliases: { orderBy: { id: "asc" } },
      countries: { orderBy: { countryCode: "asc" } },
      causes: { select: { cause: { select: { slug: true } } } },
      links: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      people: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
      fundings: { orderBy: { id: "asc" }, include: { funder: true } },
      impacts: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], include: { source: true } },
      sources: { orderBy: { id: "asc" } },
      search: { select: { published: true, publishedAt: true, names: true, countryCodes: true } },
    },
  });
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value instanceof Date) return value.toISOString();
    if (value && typeof value === "object" && "toFixed" in value) return String(value);
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !/^id$|Id$|^updatedAt$/.test(key))
          .map(([key, v]) => [key, strip(v)]),
      );
    return value;
  };
  return rows.map((row) =>
    strip({
      ...row,
      causes: row.causes.map((c) => c.cause.slug).sort(),
      // Derived, in whatever order the country rows were read: not content.
      search: row.search && { ...row.search, countryCodes: [...row.search.countryCodes].sort() },
    }),
  ) as Record<string, unknown>[];
}
