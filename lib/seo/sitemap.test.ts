import { describe, expect, it } from "vitest";
import {
  renderSitemapIndex,
  SITEMAP_INITIATIVES_PER_FILE,
  sitemapFileCount,
  sitemapFileUrl,
} from "./sitemap";

describe("sitemapFileCount", () => {
  it("keeps one file for a small directory and splits past the per-file size", () => {
    expect(sitemapFileCount(0)).toBe(1);
    expect(sitemapFileCount(17)).toBe(1);
    expect(sitemapFileCount(SITEMAP_INITIATIVES_PER_FILE)).toBe(1);
    expect(sitemapFileCount(SITEMAP_INITIATIVES_PER_FILE + 1)).toBe(2);
    expect(sitemapFileCount(100_000)).toBe(10);
  });

  it("keeps every file under the protocol's 50,000 addresses (three languages each)", () => {
    expect(SITEMAP_INITIATIVES_PER_FILE * 3 + 100).toBeLessThan(50_000);
  });
});

describe("renderSitemapIndex", () => {
  it("lists each file with its date, escaped", () => {
    const xml = renderSitemapIndex([
      { url: sitemapFileUrl("https://atlas.example.org", 0), lastModified: "2026-01-02T03:04:05Z" },
      { url: "https://atlas.example.org/sitemaps/sitemap/1.xml?a=1&b=2" },
    ]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      "<sitemap><loc>https://atlas.example.org/sitemaps/sitemap/0.xml</loc><lastmod>2026-01-02T03:04:05Z</lastmod></sitemap>",
    );
    expect(xml).toContain(
      "<loc>https://atlas.example.org/sitemaps/sitemap/1.xml?a=1&amp;b=2</loc>",
    );
    expect(xml.match(/<sitemap>/g)).toHaveLength(2);
  });
});
