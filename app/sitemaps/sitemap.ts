import type { MetadataRoute } from "next";
import { getSiteUrl } from "@/lib/env";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { sitemapFileCount } from "@/lib/seo/sitemap";
import { getSitemapSummary, listSitemapInitiatives } from "@/lib/seo/sitemap-queries";
import { listTaxonomyKeys } from "@/lib/taxonomy/queries";

/**
 * The sitemap files, /sitemaps/sitemap/{id}.xml, named by the index at /sitemap.xml. Each holds
 * one slice of the published initiatives in every language they have text in; the first also
 * lists the home, listing, about, open-data, submit, country and cause pages.
 */
export async function generateSitemaps() {
  const { published } = await getSitemapSummary();
  return Array.from({ length: sitemapFileCount(published) }, (_, id) => ({ id }));
}

function languages(site: string, path: string, locales: readonly UiLocale[]) {
  return Object.fromEntries(locales.map((locale) => [locale, `${site}/${locale}${path}`]));
}

export default async function sitemap({
  id,
}: {
  id: Promise<string>;
}): Promise<MetadataRoute.Sitemap> {
  const file = Number(await id);
  const site = getSiteUrl();
  const page = (path: string, lastModified?: Date, locales: readonly UiLocale[] = UI_LOCALES) =>
    locales.map((locale) => ({
      url: `${site}/${locale}${path}`,
      lastModified,
      alternates: { languages: languages(site, path, locales) },
    }));

  const initiatives = (await listSitemapInitiatives(file)).flatMap((initiative) =>
    page(
      `/initiatives/${initiative.slug}`,
      new Date(initiative.updatedAt),
      initiative.locales.length ? initiative.locales : UI_LOCALES,
    ),
  );
  if (file !== 0) return initiatives;

  const [summary, taxonomy] = await Promise.all([getSitemapSummary(), listTaxonomyKeys()]);
  const directoryModified = summary.lastModified ? new Date(summary.lastModified) : undefined;
  return [
    ...page("", directoryModified),
    ...page("/initiatives", directoryModified),
    ...page("/about"),
    ...page("/open-data"),
    ...page("/submit"),
    ...taxonomy.countries.flatMap((code) =>
      page(`/countries/${code.toLowerCase()}`, directoryModified),
    ),
    ...taxonomy.causes.flatMap((slug) => page(`/causes/${slug}`, directoryModified)),
    ...initiatives,
  ];
}
