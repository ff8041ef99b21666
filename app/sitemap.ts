import type { MetadataRoute } from "next";
import { getSiteUrl } from "@/lib/env";
import { listSitemapInitiatives } from "@/lib/initiatives/feed-queries";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { listTaxonomyKeys } from "@/lib/taxonomy/queries";

function languages(site: string, path: string, locales: readonly UiLocale[]) {
  return Object.fromEntries(locales.map((locale) => [locale, `${site}/${locale}${path}`]));
}

/** Every public page in every language, with the initiatives' true modification dates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = getSiteUrl();
  const [initiatives, taxonomy] = await Promise.all([listSitemapInitiatives(), listTaxonomyKeys()]);
  const lastChange = initiatives.reduce(
    (latest, i) => (i.updatedAt > latest ? i.updatedAt : latest),
    "",
  );
  const directoryModified = lastChange ? new Date(lastChange) : undefined;

  const page = (path: string, lastModified?: Date, locales: readonly UiLocale[] = UI_LOCALES) =>
    locales.map((locale) => ({
      url: `${site}/${locale}${path}`,
      lastModified,
      alternates: { languages: languages(site, path, locales) },
    }));

  return [
    ...page("", directoryModified),
    ...page("/initiatives", directoryModified),
    ...page("/about"),
    ...taxonomy.countries.flatMap((code) =>
      page(`/countries/${code.toLowerCase()}`, directoryModified),
    ),
    ...taxonomy.causes.flatMap((slug) => page(`/causes/${slug}`, directoryModified)),
    ...initiatives.flatMap((initiative) =>
      page(
        `/initiatives/${initiative.slug}`,
        new Date(initiative.updatedAt),
        initiative.locales.length ? initiative.locales : UI_LOCALES,
      ),
    ),
  ];
}
