import { getSiteUrl } from "@/lib/env";
import { renderSitemapIndex, sitemapFileCount, sitemapFileUrl } from "@/lib/seo/sitemap";
import { getSitemapSummary } from "@/lib/seo/sitemap-queries";

// Prerendered, then served from cache until the directory changes (its data is tagged).
export const dynamic = "force-static";

/**
 * The sitemap index robots.txt names: one file per 10,000 initiatives (app/sitemaps/sitemap.ts),
 * as a directory of 100,000 holds more addresses than one sitemap may (50,000).
 */
export async function GET() {
  const site = getSiteUrl();
  const { published, lastModified } = await getSitemapSummary();
  const files = Array.from({ length: sitemapFileCount(published) }, (_, id) => ({
    url: sitemapFileUrl(site, id),
    lastModified: lastModified ?? undefined,
  }));
  return new Response(renderSitemapIndex(files), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
