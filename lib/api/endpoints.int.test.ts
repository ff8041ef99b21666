import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as causesRoute from "@/app/api/v1/causes/route";
import * as countriesRoute from "@/app/api/v1/countries/route";
import * as dumpRoute from "@/app/api/v1/dump.json/route";
import * as detailRoute from "@/app/api/v1/initiatives/[slug]/route";
import * as listRoute from "@/app/api/v1/initiatives/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { contractValidator } from "@/lib/api/contract";
import { flushApiRateCounts } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import type { Dump, InitiativeDetail, InitiativeList } from "@/lib/api/schemas";
import { allKeys, apiRequest, createInitiative, slugContext } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { getSiteUrl } from "@/lib/env";
import { listCountryCounts } from "@/lib/initiatives/queries";
import { searchInitiatives } from "@/lib/search/queries";
import { ListingQuerySchema } from "@/lib/search/schemas";
import { seedDatabase } from "@/prisma/seed/seed";

const check = contractValidator(buildOpenApiDocument(getSiteUrl()));
const bodies: unknown[] = [];

/** Calls a route, checks the body against the OpenAPI document, and keeps it for later checks. */
async function call(
  route: { GET: (request: Request, context: never) => Promise<Response> },
  documented: string,
  path: string,
  { headers, context }: { headers?: Record<string, string>; context?: unknown } = {},
) {
  const response = await route.GET(apiRequest(path, { headers }), context as never);
  const type = response.headers.get("content-type") ?? "";
  const body: unknown = await response.json();
  const mediaType = type.startsWith("application/problem+json")
    ? "application/problem+json"
    : "application/json";
  expect(
    check(documented, response.status, mediaType, body),
    `${path} → ${response.status}`,
  ).toEqual([]);
  bodies.push(body);
  return { response, body };
}

const list = async (query: string, headers?: Record<string, string>) => {
  const { response, body } = await call(listRoute, "/initiatives", `/api/v1/initiatives${query}`, {
    headers,
  });
  expect(response.status).toBe(200);
  return { response, body: body as InitiativeList };
};

const detail = (slug: string, query = "") =>
  call(detailRoute, "/initiatives/{slug}", `/api/v1/initiatives/${slug}${query}`, {
    context: slugContext(slug),
  });

const tag = Date.now().toString(36);
const DRAFT = `api-draft-${tag}`;
const ARCHIVED = `api-archived-${tag}`;
const SHELTER = `api-shelter-${tag}`;
const OPEN = `api-open-${tag}`;

beforeAll(async () => {
  await seedDatabase(db);
  await createInitiative(db, { slug: DRAFT, state: "DRAFT", name: "Zephyrdraft Circle" });
  await createInitiative(db, { slug: ARCHIVED, state: "ARCHIVED", name: "Zephyrarchive Circle" });
  await createInitiative(db, {
    slug: SHELTER,
    sensitive: true,
    name: "Zephyrshelter House",
    city: "Taraz",
    people: [{ name: "Gulnara Hiddenova", isPublic: true }],
  });
  await createInitiative(db, {
    slug: OPEN,
    name: "Zephyropen Garden",
    city: "Aktobe",
    people: [
      { name: "Aigerim Publicova", isPublic: true },
      { name: "Dana Privatova", isPublic: false },
    ],
  });
});
// The request counts are written before this file's database goes away.
afterAll(async () => {
  await flushApiRateCounts();
  await db.$disconnect();
});

describe("GET /api/v1/initiatives", () => {
  it.each([
    ["", {}],
    ["?country=KZ", { country: "KZ" }],
    ["?country=kz&country=UZ&sort=name&page=2", { country: ["KZ", "UZ"], sort: "name", page: "2" }],
    ["?cause=gender-equality&status=active", { cause: "gender-equality", status: "active" }],
    ["?lang=kk", { lang: "kk" }],
    ["?q=bulbul", { q: "bulbul" }],
    ["?q=%D0%BA%D1%83%D0%BD%20%D0%B6%D0%B0%D1%80%D1%8B%D0%B3%D1%8B", { q: "кун жарыгы" }],
  ])("answers %s exactly as the site's listing does", async (query, listing) => {
    const { body } = await list(query);
    const site = await searchInitiatives(ListingQuerySchema.parse(listing), "en");
    expect(body.data.map((i) => i.slug)).toEqual(site.hits.map((h) => h.slug));
    expect(body.data.map((i) => i.name)).toEqual(site.hits.map((h) => h.name));
    expect(body.meta.total).toBe(site.total);
    expect(body.meta.pageCount).toBe(site.pageCount);
    expect(body.facets.country).toEqual(site.facets.country);
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("pages through every published initiative once, and no other", async () => {
    const published = await db.initiative.findMany({
      where: { state: "PUBLISHED" },
      select: { slug: true },
    });
    const seen: string[] = [];
    let next: string | null = "/api/v1/initiatives?per_page=5&locale=en";
    while (next) {
      const { body } = await list(next.replace(/^.*\/api\/v1\/initiatives/, ""));
      expect(body.meta.perPage).toBe(5);
      seen.push(...body.data.map((i) => i.slug));
      next = body.links.next;
    }
    expect(seen.sort()).toEqual(published.map((p) => p.slug).sort());
    expect(seen).not.toContain(DRAFT);
    expect(seen).not.toContain(ARCHIVED);
  });

  it("finds neither drafts nor archived entries by their names", async () => {
    for (const q of ["Zephyrdraft", "Zephyrarchive", "Zephyr"]) {
      const slugs = (await list(`?q=${q}`)).body.data.map((i) => i.slug);
      expect(slugs).not.toContain(DRAFT);
      expect(slugs).not.toContain(ARCHIVED);
    }
    expect((await list("?q=Zephyropen")).body.data[0]!.slug).toBe(OPEN);
  });

  it("answers a page past the end with the last page, labelled as such", async () => {
    const last = await list("?per_page=5");
    const { body } = await list("?per_page=5&page=500");
    expect(body.meta.page).toBe(last.body.meta.pageCount);
    expect(body.links.next).toBeNull();
    expect(body.links.self).toBe(last.body.links.last);
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("speaks the locale asked for, else the Accept-Language one", async () => {
    const ru = await list("?locale=ru&q=kun jarygy");
    expect(ru.body.data[0]).toMatchObject({ slug: "kun-jarygy", contentLocale: "ru" });
    expect(ru.body.data[0]!.url).toMatch(/\/ru\/initiatives\/kun-jarygy$/);
    expect(ru.response.headers.get("content-language")).toBe("ru");
    expect(ru.response.headers.get("vary")).not.toMatch(/Accept-Language/);

    const kk = await list("?country=KZ", { "accept-language": "kk-KZ, ru;q=0.5" });
    expect(kk.body.meta.locale).toBe("kk");
    expect(kk.body.data[0]!.countries[0]!.name).toBe("Қазақстан");
    expect(kk.response.headers.get("vary")).toMatch(/Accept-Language/);
  });
});

describe("GET /api/v1/initiatives/{slug}", () => {
  it("shows what the public page shows", async () => {
    const { response, body } = await detail("kun-jarygy", "?locale=en");
    expect(response.status).toBe(200);
    const initiative = body as InitiativeDetail;
    expect(initiative).toMatchObject({ slug: "kun-jarygy", sensitive: false, contentLocale: "en" });
    expect(initiative.sources.length).toBeGreaterThan(0);
    expect(initiative.countries[0]).toMatchObject({ code: "KZ", name: "Kazakhstan" });
  });

  it("hides a sensitive initiative's place and people, as its page does", async () => {
    const shelter = (await detail(SHELTER)).body as InitiativeDetail;
    expect(shelter).toMatchObject({ sensitive: true, city: null, region: null, people: [] });
    const bulbul = (await detail("bulbul")).body as InitiativeDetail;
    expect(bulbul).toMatchObject({ sensitive: true, people: [] });
    const open = (await detail(OPEN)).body as InitiativeDetail;
    expect(open).toMatchObject({ city: "Aktobe", region: "Aktobe Region" });
    expect(open.people).toEqual([{ name: "Aigerim Publicova", role: "Coordinator" }]);
  });

  it.each([
    ["a published slug nobody has", "no-such-initiative"],
    ["a draft", DRAFT],
    ["an archived entry", ARCHIVED],
    ["a malformed slug", "Not A Slug!"],
  ])("answers 404 problem details for %s", async (_what, slug) => {
    const { response, body } = await detail(encodeURIComponent(slug));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(body).toMatchObject({ status: 404, title: "Not Found" });
  });
});

describe("taxonomy endpoints", () => {
  it("lists countries with the site's counts", async () => {
    const { response, body } = await call(
      countriesRoute,
      "/countries",
      "/api/v1/countries?locale=ru",
    );
    expect(response.status).toBe(200);
    const site = await listCountryCounts("ru");
    expect((body as { data: { code: string; initiativeCount: number }[] }).data).toEqual(
      site.map((c) =>
        expect.objectContaining({ code: c.key, name: c.name, initiativeCount: c.count }),
      ),
    );
  });

  it("lists causes", async () => {
    const { response, body } = await call(causesRoute, "/causes", "/api/v1/causes?locale=kk");
    expect(response.status).toBe(200);
    const causes = (body as { data: { slug: string; sdgs: number[] }[] }).data;
    expect(causes.map((c) => c.slug)).toContain("gender-equality");
  });
});

describe("GET /api/v1/dump.json", () => {
  it("holds every published initiative in every language, with its licence", async () => {
    const { response, body } = await call(dumpRoute, "/dump.json", "/api/v1/dump.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename=civic-atlas-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const dump = body as Dump;
    const published = await db.initiative.count({ where: { state: "PUBLISHED" } });
    expect(dump.count).toBe(published);
    expect(dump.licence).toMatchObject({ name: "CC BY 4.0" });
    const slugs = dump.initiatives.map((i) => i.slug);
    expect(slugs).toHaveLength(published);
    expect(slugs).not.toContain(DRAFT);
    expect(slugs).not.toContain(ARCHIVED);
    const kun = dump.initiatives.find((i) => i.slug === "kun-jarygy")!;
    expect(Object.keys(kun.translations)).toEqual(expect.arrayContaining(["en", "ru"]));
    const shelter = dump.initiatives.find((i) => i.slug === SHELTER)!;
    expect(shelter.translations.en).toMatchObject({ city: null, region: null });
    expect(shelter.people).toEqual([]);
    expect(dump.initiatives.find((i) => i.slug === "bulbul")!.people).toEqual([]);
  });

  it("is written batch by batch as valid JSON, in slug order, past one batch", async () => {
    const before = await db.initiative.count({ where: { state: "PUBLISHED" } });
    // Enough entries for the dump to take more than one batch of 500.
    await db.initiative.createMany({
      data: Array.from({ length: 520 - before }, (_, i) => ({
        slug: `dump-batch-${String(i).padStart(4, "0")}`,
        state: "PUBLISHED" as const,
        publishedAt: new Date(),
      })),
    });
    try {
      const response = await dumpRoute.GET(apiRequest("/api/v1/dump.json"), undefined as never);
      expect(response.body).toBeInstanceOf(ReadableStream);
      const dump = (await response.json()) as Dump;
      expect(check("/dump.json", 200, "application/json", dump)).toEqual([]);
      const slugs = dump.initiatives.map((i) => i.slug);
      expect(dump.count).toBe(520);
      expect(slugs).toHaveLength(520);
      expect(new Set(slugs).size).toBe(520);
      expect(slugs).toEqual([...slugs].sort());
    } finally {
      await db.initiative.deleteMany({ where: { slug: { startsWith: "dump-batch-" } } });
    }
  });

  it("writes at most two downloads at once on an instance; the next is asked to retry", async () => {
    const get = () => dumpRoute.GET(apiRequest("/api/v1/dump.json"), undefined as never);
    const first = await get();
    const second = await get();
    expect([first.status, second.status]).toEqual([200, 200]);
    const refused = await get();
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("60");
    const problem: unknown = await refused.json();
    expect(check("/dump.json", 503, "application/problem+json", problem)).toEqual([]);
    // A download that ends, or is given up, frees its place.
    await first.text();
    await second.body?.cancel();
    const again = await get();
    expect(again.status).toBe(200);
    await again.body?.cancel();
    // HEAD never holds a place.
    for (let i = 0; i < 3; i++) {
      const head = await dumpRoute.HEAD(
        apiRequest("/api/v1/dump.json", { method: "HEAD" }),
        undefined as never,
      );
      expect(head.status).toBe(200);
    }
  });

  it("has a new ETag when a funder shown in it changes", async () => {
    const etag = async () => {
      const response = await dumpRoute.GET(apiRequest("/api/v1/dump.json"), undefined as never);
      await response.body?.cancel();
      return response.headers.get("etag");
    };
    const funder = await db.funder.findFirstOrThrow({ where: { fundings: { some: {} } } });
    const before = await etag();
    await db.funder.update({ where: { id: funder.id }, data: { url: "https://funder.example/" } });
    try {
      expect(await etag()).not.toBe(before);
    } finally {
      await db.funder.update({ where: { id: funder.id }, data: { url: funder.url } });
    }
  });

  it("answers a conditional request with 304 and HEAD with the headers alone", async () => {
    const first = await dumpRoute.GET(apiRequest("/api/v1/dump.json"), undefined as never);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    await first.body?.cancel();
    const again = await dumpRoute.GET(
      apiRequest("/api/v1/dump.json", { headers: { "if-none-match": etag } }),
      undefined as never,
    );
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    const head = await dumpRoute.HEAD(
      apiRequest("/api/v1/dump.json", { method: "HEAD" }),
      undefined as never,
    );
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect(await head.text()).toBe("");
  });
});

describe("problems", () => {
  it.each([
    ["?country=KAZ", "country"],
    ["?per_page=101", "per_page"],
    ["?locale=de", "locale"],
    ["?status=dead&page=x", "page"],
    ["?unknown=1", "unknown"],
  ])("answers 400 for %s, naming %s", async (query, parameter) => {
    const { response, body } = await call(listRoute, "/initiatives", `/api/v1/initiatives${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((body as { errors: { parameter: string }[] }).errors.map((e) => e.parameter)).toContain(
      parameter,
    );
  });

  it("refuses parameters on endpoints that take none", async () => {
    const { response } = await call(dumpRoute, "/dump.json", "/api/v1/dump.json?locale=en");
    expect(response.status).toBe(400);
  });
});

describe("the OpenAPI document endpoint", () => {
  it("serves the document", async () => {
    const response = await openApiRoute.GET(apiRequest("/api/v1/openapi.json"), undefined as never);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      JSON.parse(JSON.stringify(buildOpenApiDocument(getSiteUrl()))),
    );
  });
});

// Last: runs over every body the tests above received.
describe("personal data", () => {
  it("never appears in any response", () => {
    expect(bodies.length).toBeGreaterThan(20);
    const keys = allKeys(bodies);
    for (const key of [
      "email",
      "phone",
      "isPublic",
      "passwordHash",
      "createdById",
      "updatedById",
      "submitter",
      "contactEmail",
      "id",
    ]) {
      expect(keys.has(key), key).toBe(false);
    }
    const text = JSON.stringify(bodies);
    expect(text).not.toContain("Dana Privatova");
    expect(text).not.toContain("Gulnara Hiddenova");
    expect(text).not.toContain("Taraz");
    // The non-sensitive entry's public person is there: the check above could fail.
    expect(text).toContain("Aigerim Publicova");
  });
});
