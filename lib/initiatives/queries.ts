import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { availableLocales, pickText, pickTranslation } from "@/lib/i18n/fallback";
import type { ContentLocale, UiLocale } from "@/lib/i18n/locales";
import type { ActivityStatus, LinkType, Prisma } from "@/lib/generated/prisma/client";

const PUBLISHED = { state: "PUBLISHED" } as const satisfies Prisma.InitiativeWhereInput;

const nameSelect = { select: { locale: true, name: true } } as const;

export const cardSelect = {
  slug: true,
  activityStatus: true,
  publishedAt: true,
  translations: { select: { locale: true, name: true, summary: true } },
  countries: { select: { country: { select: { code: true, translations: nameSelect } } } },
  primaryCause: { select: { slug: true, translations: nameSelect } },
} satisfies Prisma.InitiativeSelect;

export type CardRow = Prisma.InitiativeGetPayload<{ select: typeof cardSelect }>;

export interface TaxonDto {
  key: string;
  name: string;
}

export interface InitiativeCardDto {
  slug: string;
  name: string;
  summary: string;
  /** Language the name and summary are really in. */
  contentLocale: ContentLocale;
  isFallback: boolean;
  activityStatus: ActivityStatus;
  countries: TaxonDto[];
  primaryCause: TaxonDto | null;
}

export function taxonName(
  translations: { locale: string; name: string }[],
  locale: UiLocale,
): string {
  return pickTranslation(translations, locale)?.value.name ?? "";
}

export function toCard(row: CardRow, locale: UiLocale): InitiativeCardDto {
  const text = pickTranslation(row.translations, locale);
  return {
    slug: row.slug,
    name: text?.value.name ?? row.slug,
    summary: text?.value.summary ?? "",
    contentLocale: text?.locale ?? "en",
    isFallback: text?.isFallback ?? false,
    activityStatus: row.activityStatus,
    countries: row.countries.map(({ country }) => ({
      key: country.code,
      name: taxonName(country.translations, locale),
    })),
    primaryCause: row.primaryCause
      ? { key: row.primaryCause.slug, name: taxonName(row.primaryCause.translations, locale) }
      : null,
  };
}

async function readRecentInitiatives(locale: UiLocale, limit = 6): Promise<InitiativeCardDto[]> {
  const rows = await db.initiative.findMany({
    where: PUBLISHED,
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map((row) => toCard(row, locale));
}

/** Published entries staff marked as featured, most recently updated first. */
async function readFeaturedInitiatives(locale: UiLocale, limit = 6): Promise<InitiativeCardDto[]> {
  const rows = await db.initiative.findMany({
    where: { ...PUBLISHED, featured: true },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map((row) => toCard(row, locale));
}

export interface CountryCountDto extends TaxonDto {
  count: number;
}

async function readCountryCounts(locale: UiLocale): Promise<CountryCountDto[]> {
  const countries = await db.country.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      code: true,
      translations: nameSelect,
      _count: { select: { initiatives: { where: { initiative: PUBLISHED } } } },
    },
  });
  return countries.map((country) => ({
    key: country.code,
    name: taxonName(country.translations, locale),
    count: country._count.initiatives,
  }));
}

export interface InitiativeDetailDto extends InitiativeCardDto {
  description: string;
  availableLocales: ContentLocale[];
  sensitive: boolean;
  city: string | null;
  region: string | null;
  foundedYear: number | null;
  /** ISO dates: cached values travel as JSON. */
  lastVerifiedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  orgType: TaxonDto | null;
  causes: TaxonDto[];
  aliases: string[];
  links: { type: LinkType; url: string; handle: string | null; label: string | null }[];
  people: { name: string; role: string }[];
  funders: { name: string; programme: string; url: string | null }[];
  impacts: { label: string; value: number; unit: string; year: number | null }[];
  sources: {
    title: string;
    publisher: string | null;
    url: string | null;
    publishedAt: string | null;
  }[];
}

/**
 * One initiative with everything public about it, whatever its state (callers decide who may see
 * what); personal data and the exact location of sensitive initiatives never leave this function.
 */
export async function readInitiativeDetail(
  where: Prisma.InitiativeWhereInput,
  locale: UiLocale,
): Promise<InitiativeDetailDto | null> {
  const row = await db.initiative.findFirst({
    where,
    select: {
      ...cardSelect,
      sensitive: true,
      foundedYear: true,
      lastVerifiedAt: true,
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
      },
      orgType: { select: { slug: true, translations: nameSelect } },
      causes: { select: { cause: { select: { slug: true, translations: nameSelect } } } },
      aliases: { select: { value: true }, orderBy: { value: "asc" } },
      links: {
        select: { type: true, url: true, handle: true, label: true },
        orderBy: { sortOrder: "asc" },
      },
      people: {
        where: { isPublic: true },
        select: { name: true, role: true },
        orderBy: { sortOrder: "asc" },
      },
      fundings: { select: { programme: true, funder: { select: { name: true, url: true } } } },
      impacts: {
        select: { label: true, value: true, unit: true, year: true },
        orderBy: { sortOrder: "asc" },
      },
      sources: {
        select: { title: true, publisher: true, url: true, publishedAt: true },
        orderBy: { publishedAt: "desc" },
      },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale);
  return {
    ...toCard(row, locale),
    description: text?.value.description ?? "",
    availableLocales: availableLocales(row.translations),
    sensitive: row.sensitive,
    city: row.sensitive ? null : (text?.value.city ?? null),
    region: row.sensitive ? null : (text?.value.region ?? null),
    foundedYear: row.foundedYear,
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    orgType: row.orgType
      ? { key: row.orgType.slug, name: taxonName(row.orgType.translations, locale) }
      : null,
    causes: row.causes.map(({ cause }) => ({
      key: cause.slug,
      name: taxonName(cause.translations, locale),
    })),
    aliases: row.aliases.map((alias) => alias.value),
    links: row.links,
    people: row.sensitive
      ? []
      : row.people.map((p) => ({ name: p.name, role: pickText(p.role, locale) })),
    funders: row.fundings.map((f) => ({
      name: pickText(f.funder.name, locale),
      programme: pickText(f.programme, locale),
      url: f.funder.url,
    })),
    impacts: row.impacts.map((i) => ({
      label: pickText(i.label, locale),
      value: i.value.toNumber(),
      unit: pickText(i.unit, locale),
      year: i.year,
    })),
    sources: row.sources.map((source) => ({
      ...source,
      publishedAt: source.publishedAt?.toISOString() ?? null,
    })),
  };
}

const DIRECTORY_TAGS = [CacheTags.directory, CacheTags.taxonomy];

export const listRecentInitiatives = unstable_cache(readRecentInitiatives, ["recent-initiatives"], {
  tags: DIRECTORY_TAGS,
});

export const listFeaturedInitiatives = unstable_cache(
  readFeaturedInitiatives,
  ["featured-initiatives"],
  { tags: DIRECTORY_TAGS },
);

export const listCountryCounts = unstable_cache(readCountryCounts, ["country-counts"], {
  tags: DIRECTORY_TAGS,
});

async function readInitiativesIn(
  filter: { country: string } | { cause: string },
  locale: UiLocale,
  limit = 24,
): Promise<InitiativeCardDto[]> {
  const where: Prisma.InitiativeWhereInput =
    "country" in filter
      ? { ...PUBLISHED, countries: { some: { countryCode: filter.country } } }
      : { ...PUBLISHED, causes: { some: { cause: { slug: filter.cause } } } };
  const rows = await db.initiative.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map((row) => toCard(row, locale));
}

/** Published initiatives sharing causes (first) or countries with this one. */
async function readRelatedInitiatives(
  slug: string,
  locale: UiLocale,
  limit = 3,
): Promise<InitiativeCardDto[]> {
  const self = await db.initiative.findUnique({
    where: { slug },
    select: {
      id: true,
      causes: { select: { causeId: true } },
      countries: { select: { countryCode: true } },
    },
  });
  if (!self) return [];
  const causeIds = self.causes.map((c) => c.causeId);
  const countryCodes = self.countries.map((c) => c.countryCode);
  const candidates = await db.initiative.findMany({
    where: {
      ...PUBLISHED,
      id: { not: self.id },
      OR: [
        { causes: { some: { causeId: { in: causeIds } } } },
        { countries: { some: { countryCode: { in: countryCodes } } } },
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: 50,
    select: {
      ...cardSelect,
      causes: { select: { causeId: true } },
      countries: cardSelect.countries,
    },
  });
  const score = (row: (typeof candidates)[number]) =>
    row.causes.filter((c) => causeIds.includes(c.causeId)).length * 10 +
    row.countries.filter(({ country }) => countryCodes.includes(country.code)).length;
  return candidates
    .map((row) => ({ row, score: score(row) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ row }) => toCard(row, locale));
}

export const listInitiativesIn = unstable_cache(readInitiativesIn, ["initiatives-in"], {
  tags: DIRECTORY_TAGS,
});

export const listRelatedInitiatives = unstable_cache(readRelatedInitiatives, ["related"], {
  tags: DIRECTORY_TAGS,
});

function readPublishedInitiative(slug: string, locale: UiLocale) {
  return readInitiativeDetail({ ...PUBLISHED, slug }, locale);
}

export function getPublishedInitiative(slug: string, locale: UiLocale) {
  return unstable_cache(readPublishedInitiative, ["initiative"], {
    tags: [CacheTags.initiative(slug), CacheTags.taxonomy],
  })(slug, locale);
}
