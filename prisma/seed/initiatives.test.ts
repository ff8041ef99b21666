import { describe, expect, it } from "vitest";
import { normalizeLink } from "@/lib/initiatives/links";
import { SLUG_PATTERN } from "@/lib/text/slug";
import { INITIATIVES } from "./initiatives";
import { CAUSES, COUNTRIES, ORG_TYPES } from "./taxonomy";

const REQUIRED = [
  "iz-project",
  "bulbul",
  "eco-cashback",
  "kun-jarygy",
  "u-projects",
  "gorozhanym",
  "jasa",
  "janasha-kozqaras",
];

describe("seed initiatives", () => {
  it("cover at least the sixteen initiatives of the seed articles", () => {
    expect(INITIATIVES.length).toBeGreaterThanOrEqual(16);
    const slugs = INITIATIVES.map((i) => i.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of REQUIRED) expect(slugs).toContain(slug);
  });

  describe.each(INITIATIVES.map((i) => [i.slug, i] as const))("%s", (slug, seed) => {
    it("has a valid slug, English and Russian text", () => {
      expect(slug).toMatch(SLUG_PATTERN);
      for (const locale of ["en", "ru"] as const) {
        const t = seed.translations[locale];
        expect(t?.name.trim()).toBeTruthy();
        expect(t?.summary.trim()).toBeTruthy();
        expect(t?.description.trim().length).toBeGreaterThan(100);
      }
    });

    it("uses known taxonomy", () => {
      expect(seed.countries.length).toBeGreaterThan(0);
      for (const code of seed.countries) expect(Object.keys(COUNTRIES)).toContain(code);
      for (const cause of seed.causes) expect(Object.keys(CAUSES)).toContain(cause);
      expect(seed.causes).toContain(seed.primaryCause);
      expect(Object.keys(ORG_TYPES)).toContain(seed.type);
    });

    it("names its source article and keeps figures tied to it", () => {
      expect(seed.sources.length).toBeGreaterThan(0);
      for (const source of seed.sources) {
        expect(source.title.trim()).toBeTruthy();
        if (source.url) expect(source.url).toMatch(/^https?:\/\/[^/]+\.[a-z]+\//);
        if (source.publishedAt) expect(source.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const impact of seed.impacts) {
        expect(seed.sources[impact.source]).toBeDefined();
        expect(Number.isFinite(impact.value)).toBe(true);
        expect(impact.label.en).toBeTruthy();
      }
    });

    it("has links that normalise", () => {
      for (const link of seed.links) {
        expect(normalizeLink(link.type, link.value), `${link.type} ${link.value}`).toMatchObject({
          ok: true,
        });
      }
    });
  });
});
