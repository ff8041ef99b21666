import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { config } from "@/proxy";

const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("the proxy's matcher", () => {
  it("runs the proxy where it redirects or rewrites", () => {
    expect(runs("/")).toBe(true);
    expect(runs("/fr")).toBe(true);
    expect(runs("/fr/initiatives")).toBe(true);
    expect(runs("/no-such-page")).toBe(true);
    expect(runs("/english")).toBe(true);
    for (const locale of UI_LOCALES) {
      expect(runs(`/${locale}/initiatives`)).toBe(true);
      expect(runs(`/${locale}/initiatives?q=bulbul`)).toBe(true);
      expect(runs(`/${locale}/all-initiatives`)).toBe(true);
    }
  });

  it("leaves every other page of each language, and the rest of the site, alone", () => {
    for (const locale of UI_LOCALES) {
      expect(runs(`/${locale}`)).toBe(false);
      expect(runs(`/${locale}/initiatives/kun-jarygy`)).toBe(false);
      expect(runs(`/${locale}/about`)).toBe(false);
      expect(runs(`/${locale}/no-such-page`)).toBe(false);
    }
    for (const path of ["/api/v1/initiatives", "/admin", "/embed/en", "/_next/static/x.js"]) {
      expect(runs(path)).toBe(false);
    }
    expect(runs("/sitemap.xml")).toBe(false);
  });

  it("names exactly the interface languages", () => {
    const languages = config.matcher.map((m) => /\((?:\?:)?((?:[a-z]{2}\|?)+)\)/.exec(m)?.[1]);
    for (const found of languages) expect(found?.split("|").sort()).toEqual([...UI_LOCALES].sort());
  });
});
