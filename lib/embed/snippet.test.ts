import { describe, expect, it } from "vitest";
import { parseEmbedQuery, parseSnippetForm } from "./schemas";
import { buildSnippet, embedUrl } from "./snippet";

const SITE = "https://atlas.example.org";

describe("embedUrl and buildSnippet", () => {
  it("point at the widget with only the options that differ from the defaults", () => {
    expect(embedUrl({ site: SITE, locale: "ru", country: "KZ", theme: "dark" })).toBe(
      `${SITE}/embed/ru?country=KZ&theme=dark`,
    );
    expect(embedUrl({ site: SITE, locale: "en", theme: "auto", limit: 6 })).toBe(
      `${SITE}/embed/en`,
    );
  });

  it("give an iframe snippet", () => {
    const snippet = buildSnippet({
      site: SITE,
      locale: "kk",
      cause: "health",
      theme: "light",
      variant: "iframe",
    });
    expect(snippet).toContain(`<iframe src="${SITE}/embed/kk?cause=health&amp;theme=light"`);
    expect(snippet).toContain('title="Civic Atlas"');
  });

  it("give a script snippet", () => {
    const snippet = buildSnippet({
      site: SITE,
      locale: "ru",
      country: "KZ",
      theme: "auto",
      limit: 10,
      variant: "script",
    });
    expect(snippet).toBe(
      `<div data-civic-atlas data-locale="ru" data-country="KZ" data-limit="10"></div>\n<script src="${SITE}/embed.js" async></script>`,
    );
  });
});

describe("parseEmbedQuery", () => {
  it("reads a country or a cause, a theme and a number of cards", () => {
    const parsed = parseEmbedQuery({ country: "kz", cause: "health", theme: "dark", limit: "10" });
    expect(parsed).toMatchObject({ theme: "dark", limit: 10 });
    expect(parsed.query).toMatchObject({ country: ["KZ"], cause: ["health"], q: "", page: 1 });
  });

  it("falls back to defaults for anything unusable", () => {
    const parsed = parseEmbedQuery({ country: "Kazakhstan", theme: "neon", limit: "x" });
    expect(parsed).toMatchObject({ theme: "auto", limit: 6 });
    expect(parsed.query.country).toEqual([]);
    expect(parseEmbedQuery({ limit: "500" }).limit).toBe(24);
    expect(parseEmbedQuery({ country: ["UZ", "KZ"] }).query.country).toEqual(["UZ"]);
  });
});

describe("parseSnippetForm", () => {
  it("defaults the widget's language to the page's", () => {
    expect(parseSnippetForm({}, "kk")).toEqual({
      country: undefined,
      cause: undefined,
      lang: "kk",
      theme: "auto",
      variant: "iframe",
    });
    expect(parseSnippetForm({ lang: "ru", variant: "script", country: "tj" }, "en")).toMatchObject({
      lang: "ru",
      variant: "script",
      country: "TJ",
    });
  });
});
