import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { isUiLocale, type UiLocale } from "@/lib/i18n/locales";
import { SITEMAP_INITIATIVES_PER_FILE } from "@/lib/seo/sitemap";

export interface SitemapInitiative {
  slug: string;
  updatedAt: string;
  /** Interface locales the initiative has text in. */
  locales: UiLocale[];
}

async function readSitemapSummary(): Promise<{ published: number; lastModified: string | null }> {
  const summary = await db.initiative.aggregate({
    where: { state: "PUBLISHED" },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  return {
    published: summary._count._all,
    lastModified: summary._max.updatedAt?.toISOString() ?? null,
  };
}

/** One sitemap file's initiatives: the `file`-th slice in slug order. */
async function readSitemapInitiatives(file: number): Promise<SitemapInitiative[]> {
  const rows = await db.initiative.findMany({
    where: { state: "PUBLISHED" },
    orderBy: { slug: "asc" },
    skip: file * SITEMAP_INITIATIVES_PER_FILE,
    take: SITEMAP_INITIATIVES_PER_FILE,
    select: { slug: true, updatedAt: true, translations: { select: { locale: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    updatedAt: row.updatedAt.toISOString(),
    locales: row.translations.map((t) => t.locale).filter(isUiLocale),
  }));
}

const TAGS = { tags: [CacheTags.directory, CacheTags.taxonomy] };

/** How many initiatives are published, and when the last of them changed. */
export const getSitemapSummary = unstable_cache(readSitemapSummary, ["sitemap-summary"], TAGS);
export const listSitemapInitiatives = unstable_cache(
  readSitemapInitiatives,
  ["sitemap-initiatives"],
  TAGS,
);
