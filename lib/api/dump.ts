import "server-only";
import { LICENCE_NAME, LICENCE_URL } from "@/lib/api/licence";
import type { DumpHead, DumpInitiative } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isContentLocale, type LocalizedText } from "@/lib/i18n/locales";

/** Rows read per query: bounded memory per batch however large the directory grows. */
const BATCH = 500;

const nameSelect = { select: { locale: true, name: true } } as const;

const dumpSelect = {
  id: true,
  slug: true,
  activityStatus: true,
  sensitive: true,
  foundedYear: true,
  lastVerifiedAt: true,
  publishedAt: true,
  updatedAt: true,
  translations: {
    select: {
      locale: true,
      name: true,
      summary: true,
      description: true,
      city: true,
      region: true,
    },
    orderBy: { locale: "asc" },
  },
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  causes: { select: { cause: { select: { slug: true } } } },
  primaryCause: { select: { slug: true } },
  orgType: { select: { slug: true } },
  aliases: { select: { value: true }, orderBy: { value: "asc" } },
  links: {
    select: { type: true, url: true, handle: true, label: true },
    orderBy: { sortOrder: "asc" },
  },
  // The public page shows public people only, and none of a sensitive initiative's.
  people: {
    where: { isPublic: true },
    select: { name: true, role: true },
    orderBy: { sortOrder: "asc" },
  },
  fundings: {
    select: { programme: true, funder: { select: { name: true, url: true } } },
    orderBy: { id: "asc" },
  },
  impacts: {
    select: { label: true, value: true, unit: true, year: true },
    orderBy: { sortOrder: "asc" },
  },
  sources: {
    select: { title: true, publisher: true, url: true, publishedAt: true },
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
  },
} satisfies Prisma.InitiativeSelect;

type DumpRow = Prisma.InitiativeGetPayload<{ select: typeof dumpSelect }>;

/** A `{locale: text}` JSON column, keeping known content locales with text only. */
function localized(value: unknown): LocalizedText {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      ([locale, text]) => isContentLocale(locale) && typeof text === "string" && text !== "",
    ),
  ) as LocalizedText;
}

function names(translations: { locale: string; name: string }[]): LocalizedText {
  return Object.fromEntries(translations.map((t) => [t.locale, t.name])) as LocalizedText;
}

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

function toDumpInitiative(row: DumpRow, site: string): DumpInitiative {
  return {
    slug: row.slug,
    url: `${site}/${DEFAULT_LOCALE}/initiatives/${row.slug}`,
    activityStatus: row.activityStatus.toLowerCase() as DumpInitiative["activityStatus"],
    sensitive: row.sensitive,
    foundedYear: row.foundedYear,
    lastVerifiedAt: day(row.lastVerifiedAt),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    countries: row.countries.map((c) => c.countryCode),
    causes: row.causes.map((c) => c.cause.slug).sort(),
    primaryCause: row.primaryCause?.slug ?? null,
    orgType: row.orgType?.slug ?? null,
    translations: Object.fromEntries(
      row.translations.map((t) => [
        t.locale,
        {
          name: t.name,
          summary: t.summary,
          description: t.description,
          city: row.sensitive ? null : t.city,
          region: row.sensitive ? null : t.region,
        },
      ]),
    ),
    aliases: row.aliases.map((a) => a.value),
    links: row.links,
    people: row.sensitive ? [] : row.people.map((p) => ({ name: p.name, role: localized(p.role) })),
    funders: row.fundings.map((f) => ({
      name: localized(f.funder.name),
      programme: localized(f.programme),
      url: f.funder.url,
    })),
    impacts: row.impacts.map((i) => ({
      label: localized(i.label),
      value: i.value.toNumber(),
      unit: localized(i.unit),
      year: i.year,
    })),
    sources: row.sources.map((s) => ({ ...s, publishedAt: day(s.publishedAt) })),
  };
}

/**
 * Published initiatives in slug order, one batch at a time: the dump is written out as it is
 * read, so its size never has to fit in the server's memory (about 600 MB of JSON at 100,000
 * initiatives).
 */
export async function* readDumpInitiatives(site: string): AsyncGenerator<DumpInitiative[]> {
  let after: string | undefined;
  for (;;) {
    const rows: DumpRow[] = await db.initiative.findMany({
      where: { state: "PUBLISHED", ...(after ? { slug: { gt: after } } : {}) },
      orderBy: { slug: "asc" },
      take: BATCH,
      select: dumpSelect,
    });
    if (rows.length) yield rows.map((row) => toDumpInitiative(row, site));
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.slug;
  }
}

/** Everything in the dump but its initiatives: the licence, the taxonomy and the counts. */
export async function readDumpHead(site: string): Promise<DumpHead> {
  const [countries, causes, orgTypes, published] = await Promise.all([
    db.country.findMany({
      orderBy: { sortOrder: "asc" },
      select: { code: true, translations: nameSelect },
    }),
    db.cause.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, sdgs: true, translations: nameSelect },
    }),
    db.orgType.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, translations: nameSelect },
    }),
    db.initiative.aggregate({
      where: { state: "PUBLISHED" },
      _count: { _all: true },
      _max: { updatedAt: true },
    }),
  ]);
  return {
    title: "Civic Atlas: civic and social-impact initiatives of Central Asia",
    source: site,
    licence: { name: LICENCE_NAME, url: LICENCE_URL, attribution: `Civic Atlas (${site})` },
    // Derived from the data, not the clock: every instance describes the same dump alike.
    lastModified: published._max.updatedAt?.toISOString() ?? null,
    count: published._count._all,
    countries: countries.map((c) => ({ code: c.code, names: names(c.translations) })),
    causes: causes.map((c) => ({ slug: c.slug, sdgs: c.sdgs, names: names(c.translations) })),
    orgTypes: orgTypes.map((t) => ({ slug: t.slug, names: names(t.translations) })),
  };
}

/**
 * What the dump's ETag is taken from besides its head: funders are shown inside each initiative
 * but changing one does not touch the initiatives, so their rows are fingerprinted here.
 */
export async function readDumpFingerprint(): Promise<string> {
  const [row] = await db.$queryRaw<{ funders: string }[]>`
    SELECT md5(COALESCE(string_agg("id"::text || ':' || "name"::text || ':' || COALESCE("url", ''),
                                   ',' ORDER BY "id"), '')) AS funders
      FROM "Funder"`;
  return row?.funders ?? "";
}
