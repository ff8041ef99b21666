import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { pickTranslation } from "@/lib/i18n/fallback";
import type { UiLocale } from "@/lib/i18n/locales";

const PUBLISHED_LINK = { initiative: { state: "PUBLISHED" } } as const;
const TAGS = { tags: [CacheTags.taxonomy, CacheTags.directory] };

export interface TaxonPageDto {
  key: string;
  name: string;
  description: string;
  count: number;
}

export interface CausePageDto extends TaxonPageDto {
  sdgs: number[];
}

type Translated = { locale: string; name: string; description: string }[];

function localized(translations: Translated, locale: UiLocale) {
  const picked = pickTranslation(translations, locale)?.value;
  return { name: picked?.name ?? "", description: picked?.description ?? "" };
}

async function readCountry(code: string, locale: UiLocale): Promise<TaxonPageDto | null> {
  const country = await db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: {
      code: true,
      translations: { select: { locale: true, name: true, description: true } },
      _count: { select: { initiatives: { where: PUBLISHED_LINK } } },
    },
  });
  if (!country) return null;
  return {
    key: country.code,
    ...localized(country.translations, locale),
    count: country._count.initiatives,
  };
}

async function readCause(slug: string, locale: UiLocale): Promise<CausePageDto | null> {
  const cause = await db.cause.findUnique({
    where: { slug },
    select: {
      slug: true,
      sdgs: true,
      translations: { select: { locale: true, name: true, description: true } },
      _count: { select: { initiatives: { where: PUBLISHED_LINK } } },
    },
  });
  if (!cause) return null;
  return {
    key: cause.slug,
    sdgs: cause.sdgs,
    ...localized(cause.translations, locale),
    count: cause._count.initiatives,
  };
}

async function readCauses(locale: UiLocale): Promise<CausePageDto[]> {
  const causes = await db.cause.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      slug: true,
      sdgs: true,
      translations: { select: { locale: true, name: true, description: true } },
      _count: { select: { initiatives: { where: PUBLISHED_LINK } } },
    },
  });
  return causes.map((cause) => ({
    key: cause.slug,
    sdgs: cause.sdgs,
    ...localized(cause.translations, locale),
    count: cause._count.initiatives,
  }));
}

async function readTaxonomyKeys(): Promise<{ countries: string[]; causes: string[] }> {
  const [countries, causes] = await Promise.all([
    db.country.findMany({ select: { code: true }, orderBy: { sortOrder: "asc" } }),
    db.cause.findMany({ select: { slug: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return { countries: countries.map((c) => c.code), causes: causes.map((c) => c.slug) };
}

export const getCountry = unstable_cache(readCountry, ["country"], TAGS);
export const getCause = unstable_cache(readCause, ["cause"], TAGS);
export const listCauses = unstable_cache(readCauses, ["causes"], TAGS);
export const listTaxonomyKeys = unstable_cache(readTaxonomyKeys, ["taxonomy-keys"], TAGS);
