import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UiLocale } from "@/lib/i18n/locales";
import { refreshAllSearchDocuments, refreshSearchDocument } from "@/lib/search/document";
import { searchInitiatives } from "@/lib/search/queries";
import { ListingQuerySchema } from "@/lib/search/schemas";
import { searchSettings, searchStatement } from "@/lib/search/statement";
import type { FacetValue, HighlightSegment, SearchResult } from "@/lib/search/types";
import { queryTokens } from "@/lib/text/fold";
import { INITIATIVES } from "@/prisma/seed/initiatives";
import { seedDatabase } from "@/prisma/seed/seed";

beforeAll(async () => {
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

const ALL = 100;

function search(params: Record<string, string | string[]>, locale: UiLocale = "en", size = ALL) {
  return searchInitiatives(ListingQuerySchema.parse(params), locale, size);
}
const slugs = (result: SearchResult) => result.hits.map((hit) => hit.slug);
const marked = (segments: HighlightSegment[] | null) =>
  (segments ?? []).filter((segment) => segment.match).map((segment) => segment.text);
const counts = (values: FacetValue[]) =>
  Object.fromEntries(values.map((value) => [value.value, value.count]));

describe("text search", () => {
  it.each([
    ["bulbul", "bulbul"],
    ["janasha kozqaras", "janasha-kozqaras"],
    ["кун жарыгы", "kun-jarygy"],
    ["kun jarygy", "kun-jarygy"],
    ["Kun Zharygy", "kun-jarygy"],
    ["sunlight", "kun-jarygy"], // an alias
    ["Бұлбұл", "bulbul"],
  ])("is diacritic-, script- and alias-insensitive: %s finds %s first", async (q, slug) => {
    expect(slugs(await search({ q }))[0]).toBe(slug);
  });

  it.each([
    ["Шымкент", "u-projects"],
    ["Shymkent", "u-projects"],
    ["Алматы", "gorozhanym"],
    ["Almaty", "gorozhanym"],
    ["Нукус", "janasha-kozqaras"],
  ])("finds places across scripts: %s finds %s first", async (q, slug) => {
    expect(slugs(await search({ q }))[0]).toBe(slug);
  });

  it.each([
    ["gorozhanim", "gorozhanym"],
    ["bulbull", "bulbul"],
    ["gorozanym", "gorozhanym"], // a wrong letter no folding repairs: trigrams
    ["bulbl", "bulbul"],
    ["kun jarigu", "kun-jarygy"],
  ])("tolerates typos in names: %s finds %s first", async (q, slug) => {
    expect(slugs(await search({ q }))[0]).toBe(slug);
  });

  it("ranks name matches before text matches", async () => {
    // Kun Jarygy's summary says "coalition"; ASKAK's name does.
    const found = slugs(await search({ q: "coalition" }));
    expect(found).toContain("kun-jarygy");
    expect(found.indexOf("askak")).toBeLessThan(found.indexOf("kun-jarygy"));
    expect(found[0]).toBe("askak");
  });

  it("ranks a name that is the word searched for before names that only begin with it", async () => {
    // At 100k initiatives dozens of names begin with "bulbul"; Būlbūl must still come first.
    const ids: string[] = [];
    for (const [slug, name] of [
      ["bulbulkyz-media", "Bulbulkyz Media Project"],
      ["bulbulbek-youth", "Bulbulbek Youth Bulbulbek"],
    ]) {
      const { id } = await db.initiative.create({
        data: {
          slug: slug!,
          state: "PUBLISHED",
          publishedAt: new Date(),
          translations: {
            create: [{ locale: "en", name: name!, summary: `${name} summary, Bulbulkyz.` }],
          },
        },
        select: { id: true },
      });
      await refreshSearchDocument(db, id);
      ids.push(id);
    }
    try {
      const found = slugs(await search({ q: "bulbul" }));
      expect(found[0]).toBe("bulbul");
      expect(found).toEqual(expect.arrayContaining(["bulbulkyz-media", "bulbulbek-youth"]));
    } finally {
      await db.initiative.deleteMany({ where: { id: { in: ids } } });
    }
  });

  it("needs every word in the full text", async () => {
    expect(slugs(await search({ q: "procurement" }))).toContain("kun-jarygy");
    expect(slugs(await search({ q: "nightingale" }))).toContain("bulbul");
    expect(slugs(await search({ q: "procurement nightingale" }))).toEqual([]);
  });

  it("finds nothing unpublished-looking for an unknown word", async () => {
    const result = await search({ q: "zzqxw" });
    expect(result).toMatchObject({ hits: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe("odd queries", () => {
  it("answers a one-letter query with names made of that letter", async () => {
    const result = await search({ q: "U" });
    expect(slugs(result)[0]).toBe("u-projects");
    expect(result.total).toBeLessThan(INITIATIVES.length);
  });

  it("answers very long queries", async () => {
    const words = "civic youth Kazakhstan procurement ".repeat(150);
    await expect(search({ q: words })).resolves.toBeDefined();
    // Bypassing the schema's cut: the query layer caps words itself.
    const query = { ...ListingQuerySchema.parse({}), q: "x".repeat(5000) };
    await expect(searchInitiatives(query, "en")).resolves.toBeDefined();
    const many = { ...ListingQuerySchema.parse({}), q: "kun ".repeat(2000) + "jarygy" };
    await expect(searchInitiatives(many, "en")).resolves.toBeDefined();
  });

  it("treats punctuation alone as no query", async () => {
    const [punctuation, none] = await Promise.all([search({ q: "?!… — «»" }), search({})]);
    expect(punctuation.total).toBe(INITIATIVES.length);
    expect(slugs(punctuation)).toEqual(slugs(none));
    expect(punctuation.hits.every((hit) => hit.snippet === null)).toBe(true);
  });

  it("keeps tsquery and SQL syntax inert", async () => {
    for (const q of [
      "kun & !jarygy | (x:*)",
      'bulbul\'); DROP TABLE "Initiative"; --',
      "\\:*&|!<->",
    ]) {
      await expect(search({ q })).resolves.toBeDefined();
    }
    // "!" negates nothing: the words are just kun and jarygy.
    expect(slugs(await search({ q: "kun & !jarygy | (x:*)" }))[0]).toBe("kun-jarygy");
    expect(slugs(await search({ q: "(kun) & jarygy:*" }))[0]).toBe("kun-jarygy");
    expect(await db.initiative.count()).toBe(INITIATIVES.length);
  });
});

describe("snippets", () => {
  it("marks the matching words of the summary in the shown language", async () => {
    const hit = (await search({ q: "procurement" })).hits.find((h) => h.slug === "kun-jarygy")!;
    expect(hit.snippet?.map((s) => s.text).join("")).toBe(hit.summary);
    expect(marked(hit.snippet)).toEqual(["procurement"]);

    const ru = (await search({ q: "Shymkent" }, "ru")).hits.find((h) => h.slug === "u-projects")!;
    expect(ru.contentLocale).toBe("ru");
    expect(marked(ru.snippet)).toEqual(["Шымкенте"]);
  });

  it("shows the description passage that matched when the summary has no match", async () => {
    const hit = (await search({ q: "nightingale" })).hits.find((h) => h.slug === "bulbul")!;
    expect(hit.summary).not.toMatch(/nightingale/i);
    expect(marked(hit.snippet)).toEqual(["nightingale"]);
    expect(hit.snippet?.map((s) => s.text).join("")).toContain("Kazakh word for nightingale");
  });

  it("is null without a query", async () => {
    expect((await search({})).hits.every((hit) => hit.snippet === null)).toBe(true);
  });
});

describe("facets", () => {
  const has = <T>(list: readonly T[], value: T) => list.includes(value);

  it("counts each facet under every other facet's filter (country=KZ, cause=civic-participation)", async () => {
    const result = await search({ country: "KZ", cause: "civic-participation" }, "ru");
    const inKz = INITIATIVES.filter((i) => has(i.countries, "KZ"));
    const civic = INITIATIVES.filter((i) => has(i.causes, "civic-participation"));
    const both = inKz.filter((i) => civic.includes(i));
    expect(result.total).toBe(both.length);
    expect(slugs(result).sort()).toEqual(both.map((i) => i.slug).sort());

    const tally = (list: string[]) =>
      list.reduce<Record<string, number>>(
        (acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }),
        {},
      );
    // Countries are counted among civic-participation initiatives, whatever the country filter.
    expect(counts(result.facets.country)).toEqual(tally(civic.flatMap((i) => i.countries)));
    // Causes among initiatives in Kazakhstan, whatever the cause filter.
    expect(counts(result.facets.cause)).toEqual(tally(inKz.flatMap((i) => i.causes)));
    expect(counts(result.facets.type)).toEqual(tally(both.map((i) => i.type)));
    expect(counts(result.facets.lang)).toEqual(
      tally(both.flatMap((i) => Object.keys(i.translations))),
    );
    expect(result.facets.status).toEqual([
      { value: "active", label: "Работает", count: both.length, selected: false },
    ]);
    expect(result.facets.country.find((v) => v.value === "KZ")).toEqual({
      value: "KZ",
      label: "Казахстан",
      count: civic.filter((i) => has(i.countries, "KZ")).length,
      selected: true,
    });
    expect(result.facets.cause.find((v) => v.value === "civic-participation")).toMatchObject({
      label: "Гражданское участие",
      selected: true,
    });
  });

  it("ORs values within a facet and ANDs facets", async () => {
    const result = await search({ country: ["KZ", "UZ"], type: "programme" });
    const expected = INITIATIVES.filter(
      (i) => (has(i.countries, "KZ") || has(i.countries, "UZ")) && i.type === "programme",
    );
    expect(slugs(result).sort()).toEqual(expected.map((i) => i.slug).sort());
  });

  it("keeps selected values without matches, and labels languages in themselves", async () => {
    const result = await search({ country: "TM", status: "closed", lang: "kaa" }, "kk");
    expect(result.total).toBe(0);
    expect(result.facets.country).toContainEqual({
      value: "TM",
      label: "Түрікменстан",
      count: 0,
      selected: true,
    });
    expect(result.facets.status).toContainEqual({
      value: "closed",
      label: "Жабылған",
      count: 0,
      selected: true,
    });
    expect(result.facets.lang).toContainEqual({
      value: "kaa",
      label: "Qaraqalpaqsha",
      count: 0,
      selected: true,
    });
  });

  it("counts within the text search", async () => {
    const result = await search({ q: "violence", country: "KZ" });
    const kz = result.facets.country.find((v) => v.value === "KZ")!;
    expect(kz.count).toBe(result.total);
    const unfiltered = await search({ q: "violence" });
    expect(counts(result.facets.country)).toEqual(counts(unfiltered.facets.country));
    expect(unfiltered.total).toBeGreaterThan(result.total);
  });
});

describe("sorting and pages", () => {
  it("sorts by publication date, newest first, without a query", async () => {
    const rows = await db.initiative.findMany({
      where: { state: "PUBLISHED" },
      select: { slug: true, publishedAt: true, id: true },
    });
    rows.sort(
      (a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? -1 : 1),
    );
    expect(slugs(await search({}))).toEqual(rows.map((row) => row.slug));
  });

  it("sorts by the name shown in the interface language", async () => {
    const result = await search({ sort: "name" }, "ru");
    const names = result.hits.map((hit) => hit.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("ru").compare));
    expect(result.hits.find((hit) => hit.slug === "kun-jarygy")?.name).toBe("Күн Жарығы");
  });

  it("pages without overlap and clamps a page past the end", async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => search({ page: String(page) }, "en", 5)),
    );
    expect(pages.map((p) => p.pageCount)).toEqual([4, 4, 4, 4]);
    const all = pages.flatMap(slugs);
    expect(new Set(all).size).toBe(INITIATIVES.length);
    const beyond = await search({ page: "99" }, "en", 5);
    expect(beyond.page).toBe(4);
    expect(slugs(beyond)).toEqual(slugs(pages[3]!));
  });
});

describe("the statement", () => {
  it("uses the GIN indexes", async () => {
    const query = ListingQuerySchema.parse({ q: "gorozanym" });
    const tokens = queryTokens(query.q);
    const statement = searchStatement({
      query,
      tokens,
      sort: "relevance",
      locale: "en",
      pageSize: 12,
    });
    const [, plan] = await db.$transaction([
      db.$queryRaw(searchSettings(tokens)),
      db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${statement}`),
    ]);
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("InitiativeSearch_document_idx");
    expect(text).toContain("InitiativeSearch_names_idx");
    expect(text).not.toMatch(/Seq Scan on "InitiativeSearch"/);
  });
});

describe("search documents", () => {
  async function create(data: {
    slug: string;
    sensitive?: boolean;
    state?: "PUBLISHED" | "DRAFT";
    translations: { locale: "en" | "ru"; name: string; summary: string; city?: string }[];
  }) {
    const initiative = await db.initiative.create({
      data: {
        slug: data.slug,
        state: data.state ?? "PUBLISHED",
        publishedAt: new Date(),
        sensitive: data.sensitive ?? false,
        translations: { create: data.translations },
        countries: { create: [{ countryCode: "KZ" }] },
      },
      select: { id: true },
    });
    await refreshSearchDocument(db, initiative.id);
    return initiative.id;
  }

  it("find places across scripts, but not a sensitive initiative's city", async () => {
    await create({
      slug: "test-romashka",
      translations: [
        { locale: "ru", name: "Ромашка", summary: "Помогаем соседям.", city: "Тараз" },
      ],
    });
    await create({
      slug: "test-atyrau",
      translations: [{ locale: "en", name: "Caspian Neighbours", summary: "Clean-ups in Atyrau." }],
    });
    await create({
      slug: "test-shelter",
      sensitive: true,
      translations: [{ locale: "en", name: "Quiet Harbour", summary: "A shelter.", city: "Taraz" }],
    });
    // Latin query, Cyrillic-only text; Cyrillic query, Latin-only text.
    expect(slugs(await search({ q: "Taraz" }))).toEqual(["test-romashka"]);
    expect(slugs(await search({ q: "Атырау" }))).toEqual(["test-atyrau"]);
    // The sensitive initiative is found by its name, never by its city.
    expect(slugs(await search({ q: "Quiet Harbour" }))).toEqual(["test-shelter"]);
  });

  it("leave unpublished initiatives out until they are published and refreshed", async () => {
    const id = await create({
      slug: "test-quokka",
      state: "DRAFT",
      translations: [{ locale: "en", name: "Quokkafund", summary: "A draft." }],
    });
    const before = await search({});
    expect(slugs(await search({ q: "quokkafund" }))).toEqual([]);
    await db.$transaction(async (tx) => {
      await tx.initiative.update({ where: { id }, data: { state: "PUBLISHED" } });
      await refreshSearchDocument(tx, id);
    });
    expect(slugs(await search({ q: "quokkafund" }))).toEqual(["test-quokka"]);
    expect((await search({})).total).toBe(before.total + 1);
  });

  it("follow a renamed initiative once refreshed", async () => {
    const id = await create({
      slug: "test-rename",
      translations: [{ locale: "en", name: "Wombatworks", summary: "Before." }],
    });
    await db.$transaction(async (tx) => {
      await tx.initiativeTranslation.updateMany({
        where: { initiativeId: id },
        data: { name: "Platypus Point" },
      });
      await refreshSearchDocument(tx, id);
    });
    expect(slugs(await search({ q: "wombatworks" }))).toEqual([]);
    expect(slugs(await search({ q: "platypus" }))).toEqual(["test-rename"]);
  });

  it("can be rebuilt where missing", async () => {
    const kun = await db.initiative.findUniqueOrThrow({ where: { slug: "kun-jarygy" } });
    await db.initiativeSearch.delete({ where: { initiativeId: kun.id } });
    expect(slugs(await search({ q: "kun jarygy" }))).toEqual([]);
    expect(await refreshAllSearchDocuments(db, { onlyMissing: true })).toBe(1);
    expect(slugs(await search({ q: "kun jarygy" }))).toEqual(["kun-jarygy"]);
    const total = await db.initiative.count();
    expect(await refreshAllSearchDocuments(db, { batchSize: 7 })).toBe(total);
    expect(await db.initiativeSearch.count()).toBe(total);
  });
});
