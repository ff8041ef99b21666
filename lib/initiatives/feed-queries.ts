import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { pickTranslation } from "@/lib/i18n/fallback";
import { isUiLocale, type UiLocale } from "@/lib/i18n/locales";
import { taxonName } from "@/lib/initiatives/queries";

export interface SitemapInitiative {
  slug: string;
  updatedAt: string;
  /** Interface locales the initiative has text in. */
  locales: UiLocale[];
}

async function readSitemapInitiatives(): Promise<SitemapInitiative[]> {
  const rows = await db.initiative.findMany({
    where: { state: "PUBLISHED" },
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true, translations: { select: { locale: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    updatedAt: row.updatedAt.toISOString(),
    locales: row.translations.map((t) => t.locale).filter(isUiLocale),
  }));
}

export interface FeedEntry {
  slug: string;
  name: string;
  summary: string;
  contentLocale: string;
  publishedAt: string;
  updatedAt: string;
  categories: string[];
}

async function readFeedEntries(locale: UiLocale, limit = 50): Promise<FeedEntry[]> {
  const rows = await db.initiative.findMany({
    where: { state: "PUBLISHED", publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take: limit,
    select: {
      slug: true,
      publishedAt: true,
      updatedAt: true,
      translations: { select: { locale: true, name: true, summary: true } },
      causes: {
        select: { cause: { select: { translations: { select: { locale: true, name: true } } } } },
      },
    },
  });
  return rows.map((row) => {
    const text = pickTranslation(row.translations, locale);
    return {
      slug: row.slug,
      name: text?.value.name ?? row.slug,
      summary: text?.value.summary ?? "",
      contentLocale: text?.locale ?? locale,
      publishedAt: row.publishedAt!.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      categories: row.causes.map(({ cause }) => taxonName(cause.translations, locale)),
    };
  });
}

const TAGS = { tags: [CacheTags.directory, CacheTags.taxonomy] };

export const listSitemapInitiatives = unstable_cache(readSitemapInitiatives, ["sitemap"], TAGS);
export const listFeedEntries = unstable_cache(readFeedEntries, ["feed"], TAGS);
