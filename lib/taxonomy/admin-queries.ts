import "server-only";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { pickTranslation } from "@/lib/i18n/fallback";
import type { ContentLocale } from "@/lib/i18n/locales";

/*
 * Reads for the taxonomy screens (staff only, uncached: editors must see their own change at
 * once). The public, cached reads stay in queries.ts.
 */

export interface TaxonRowDto {
  id: string;
  slug: string;
  name: string;
  sortOrder: number;
  /** Initiatives that use it (as a cause, or as their type). */
  used: number;
}

export interface CauseRowDto extends TaxonRowDto {
  sdgs: number[];
}

export type TranslationMap = Partial<Record<ContentLocale, { name: string; description: string }>>;

export interface TaxonDetailDto {
  id: string;
  slug: string;
  sortOrder: number;
  sdgs: number[];
  translations: TranslationMap;
  name: string;
  used: number;
}

const translationMap = (rows: { locale: ContentLocale; name: string; description?: string }[]) =>
  Object.fromEntries(
    rows.map((row) => [row.locale, { name: row.name, description: row.description ?? "" }]),
  ) as TranslationMap;

export async function listCausesForAdmin(locale: ContentLocale): Promise<CauseRowDto[]> {
  await requireCapability("taxonomy.manage");
  const causes = await db.cause.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      sortOrder: true,
      sdgs: true,
      translations: { select: { locale: true, name: true } },
      _count: { select: { initiatives: true } },
    },
  });
  return causes.map(({ translations, _count, ...cause }) => ({
    ...cause,
    name: pickTranslation(translations, locale)?.value.name ?? cause.slug,
    used: _count.initiatives,
  }));
}

export async function listOrgTypesForAdmin(locale: ContentLocale): Promise<TaxonRowDto[]> {
  await requireCapability("taxonomy.manage");
  const types = await db.orgType.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      sortOrder: true,
      translations: { select: { locale: true, name: true } },
      _count: { select: { initiatives: true } },
    },
  });
  return types.map(({ translations, _count, ...type }) => ({
    ...type,
    name: pickTranslation(translations, locale)?.value.name ?? type.slug,
    used: _count.initiatives,
  }));
}

export async function getCauseForAdmin(
  id: string,
  locale: ContentLocale,
): Promise<TaxonDetailDto | null> {
  await requireCapability("taxonomy.manage");
  const cause = await db.cause.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      sortOrder: true,
      sdgs: true,
      translations: { select: { locale: true, name: true, description: true } },
      _count: { select: { initiatives: true, primaryFor: true } },
    },
  });
  if (!cause) return null;
  const { translations, _count, ...rest } = cause;
  return {
    ...rest,
    translations: translationMap(translations),
    name: pickTranslation(translations, locale)?.value.name ?? cause.slug,
    used: Math.max(_count.initiatives, _count.primaryFor),
  };
}

export async function getOrgTypeForAdmin(
  id: string,
  locale: ContentLocale,
): Promise<TaxonDetailDto | null> {
  await requireCapability("taxonomy.manage");
  const type = await db.orgType.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      sortOrder: true,
      translations: { select: { locale: true, name: true } },
      _count: { select: { initiatives: true } },
    },
  });
  if (!type) return null;
  const { translations, _count, ...rest } = type;
  return {
    ...rest,
    sdgs: [],
    translations: translationMap(translations),
    name: pickTranslation(translations, locale)?.value.name ?? type.slug,
    used: _count.initiatives,
  };
}
