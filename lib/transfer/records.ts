import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import {
  canonicalLocalized,
  type TransferInitiative,
  type TransferMedia,
  type TransferTranslation,
} from "@/lib/transfer/format";

/**
 * Database rows as transfer records. The exporter and the import planner both read through this
 * one function, so "unchanged" means exactly "would export the same". Relations without a sort
 * column are read by id, which the editor's writer makes follow the written order.
 */

const mediaSelect = {
  storageKey: true,
  mimeType: true,
  width: true,
  height: true,
  variants: true,
  alt: true,
} as const;

export const transferSelect = {
  id: true,
  slug: true,
  state: true,
  publishedAt: true,
  submittedAt: true,
  createdAt: true,
  version: true,
  activityStatus: true,
  lastVerifiedAt: true,
  foundedYear: true,
  sensitive: true,
  featured: true,
  orgType: { select: { slug: true } },
  primaryCause: { select: { slug: true } },
  logo: { select: mediaSelect },
  cover: { select: mediaSelect },
  translations: {
    select: {
      locale: true,
      name: true,
      summary: true,
      description: true,
      region: true,
      city: true,
      status: true,
    },
  },
  aliases: { select: { value: true, locale: true }, orderBy: { id: "asc" } },
  countries: { select: { countryCode: true } },
  causes: { select: { cause: { select: { slug: true } } } },
  links: {
    select: { type: true, url: true, label: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  },
  people: {
    select: { name: true, role: true, isPublic: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  },
  fundings: {
    select: {
      funder: { select: { slug: true, name: true, url: true } },
      programme: true,
      startYear: true,
      endYear: true,
    },
    orderBy: { id: "asc" },
  },
  impacts: {
    select: { label: true, value: true, unit: true, year: true, sourceId: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  },
  sources: {
    select: { id: true, title: true, publisher: true, url: true, publishedAt: true, locale: true },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.InitiativeSelect;

export type TransferRow = Prisma.InitiativeGetPayload<{ select: typeof transferSelect }>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const instant = (date: Date | null) => (date ? date.toISOString() : null);

function media(row: TransferRow["logo"]): TransferMedia | null {
  if (!row) return null;
  const variants = Object.fromEntries(
    Object.entries((row.variants ?? {}) as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === "string")
      .sort(([a], [b]) => Number(a) - Number(b)),
  );
  return {
    storageKey: row.storageKey,
    mimeType: row.mimeType,
    width: row.width,
    height: row.height,
    variants,
    alt: canonicalLocalized(row.alt),
  };
}

export function toTransferRecord(row: TransferRow): TransferInitiative {
  const translations: TransferInitiative["translations"] = {};
  for (const locale of CONTENT_LOCALES) {
    const t = row.translations.find((candidate) => candidate.locale === locale);
    if (!t) continue;
    const translation: TransferTranslation = {
      name: t.name,
      summary: t.summary,
      description: t.description,
      region: t.region || null,
      city: t.city || null,
      status: t.status,
    };
    translations[locale] = translation;
  }
  const sourceIndex = new Map(row.sources.map((source, index) => [source.id, index]));
  return {
    slug: row.slug,
    state: row.state,
    publishedAt: instant(row.publishedAt),
    submittedAt: instant(row.submittedAt),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    activityStatus: row.activityStatus,
    lastVerifiedAt: day(row.lastVerifiedAt),
    foundedYear: row.foundedYear,
    sensitive: row.sensitive,
    featured: row.featured,
    orgType: row.orgType?.slug ?? null,
    primaryCause: row.primaryCause?.slug ?? null,
    countries: row.countries.map((c) => c.countryCode).sort(),
    causes: row.causes.map((c) => c.cause.slug).sort(),
    translations,
    aliases: row.aliases.map((a) => ({ value: a.value, locale: a.locale })),
    links: row.links.map((l) => ({ type: l.type, url: l.url, label: l.label || null })),
    people: row.people.map((p) => ({
      name: p.name,
      role: canonicalLocalized(p.role),
      isPublic: p.isPublic,
    })),
    fundings: row.fundings.map((f) => ({
      funder: {
        slug: f.funder.slug,
        name: canonicalLocalized(f.funder.name),
        url: f.funder.url || null,
      },
      programme: canonicalLocalized(f.programme),
      startYear: f.startYear,
      endYear: f.endYear,
    })),
    impacts: row.impacts.map((i) => ({
      label: canonicalLocalized(i.label),
      value: i.value.toNumber(),
      unit: canonicalLocalized(i.unit),
      year: i.year,
      source: i.sourceId ? (sourceIndex.get(i.sourceId) ?? null) : null,
    })),
    sources: row.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher || null,
      url: s.url || null,
      publishedAt: day(s.publishedAt),
      locale: s.locale,
    })),
    logo: media(row.logo),
    cover: media(row.cover),
  };
}

type Reader = Pick<Db, "initiative">;

const PAGE = 200;

/** Every initiative in slug order, a page at a time (memory stays flat for large databases). */
export async function* readTransferRecords(db: Reader): AsyncGenerator<TransferInitiative[]> {
  let after: string | null = null;
  for (;;) {
    const rows: TransferRow[] = await db.initiative.findMany({
      where: after === null ? {} : { slug: { gt: after } },
      orderBy: { slug: "asc" },
      take: PAGE,
      select: transferSelect,
    });
    if (rows.length === 0) return;
    yield rows.map(toTransferRecord);
    after = rows.at(-1)!.slug;
    if (rows.length < PAGE) return;
  }
}

/** The current records of the given slugs, by slug. */
export async function loadTransferRecords(
  db: Reader,
  slugs: string[],
): Promise<Map<string, { id: string; version: number; record: TransferInitiative }>> {
  const out = new Map<string, { id: string; version: number; record: TransferInitiative }>();
  for (let i = 0; i < slugs.length; i += 500) {
    const rows = await db.initiative.findMany({
      where: { slug: { in: slugs.slice(i, i + 500) } },
      select: transferSelect,
    });
    for (const row of rows)
      out.set(row.slug, { id: row.id, version: row.version, record: toTransferRecord(row) });
  }
  return out;
}
