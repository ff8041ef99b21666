import { escapeXml } from "@/lib/seo/atom";

/**
 * Initiatives per sitemap file. Each has up to one address per interface language (three), so a
 * file stays well below the protocol's 50,000 addresses and 50 MB (about 375 bytes an address
 * with its hreflang alternates: some 11 MB), and below Next's cache item limit.
 */
export const SITEMAP_INITIATIVES_PER_FILE = 10_000;

/** Files needed for `published` initiatives; the first also lists the other pages. */
export function sitemapFileCount(published: number): number {
  return Math.max(1, Math.ceil(published / SITEMAP_INITIATIVES_PER_FILE));
}

/** Where the sitemap file `id` is served (app/sitemaps/sitemap.ts, split by generateSitemaps). */
export function sitemapFileUrl(site: string, id: number): string {
  return `${site}/sitemaps/sitemap/${id}.xml`;
}

/** A sitemap index (sitemaps.org protocol) naming each file. */
export function renderSitemapIndex(files: { url: string; lastModified?: string }[]): string {
  const entries = files.map(
    (file) =>
      `<sitemap><loc>${escapeXml(file.url)}</loc>${
        file.lastModified ? `<lastmod>${escapeXml(file.lastModified)}</lastmod>` : ""
      }</sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    "</sitemapindex>",
    "",
  ].join("\n");
}
