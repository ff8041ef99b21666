import { describe, expect, it } from "vitest";
import {
  editorFieldErrors,
  emptyEditorValues,
  InitiativeEditorSchema,
  type InitiativeEditorInput,
} from "@/lib/initiatives/editor-schema";
import { LINK_TYPES, normalizeLink } from "@/lib/initiatives/links";

const CAUSE_A = "0190a5f2-0000-7000-8000-000000000001";
const CAUSE_B = "0190a5f2-0000-7000-8000-000000000002";
const FUNDER = "0190a5f2-0000-7000-8000-0000000000f1";

function valid(): InitiativeEditorInput {
  const values = emptyEditorValues();
  return {
    ...values,
    translations: {
      ...values.translations,
      en: { ...values.translations.en, name: "Green Steppe", status: "REVIEWED" },
      ru: {
        ...values.translations.ru,
        name: "Зелёная степь",
        summary: "Сажаем деревья.",
        description: "**Жирный** текст <script>alert(1)</script>",
        status: "DRAFT",
      },
    },
    countries: ["kz", "UZ", "KZ"],
    causes: [CAUSE_B, CAUSE_A],
    primaryCauseId: CAUSE_A,
    foundedYear: "2015",
    links: [
      { type: "TELEGRAM", value: "@Green_Steppe", label: "" },
      { type: "INSTAGRAM", value: "instagram.com/green.steppe?igsh=abc", label: "" },
      { type: "WEBSITE", value: "green-steppe.kz", label: "Site" },
    ],
    fundings: [
      {
        funder: { kind: "existing", id: FUNDER },
        programme: { en: "Grants" },
        startYear: 2020,
        endYear: "",
      },
    ],
    impacts: [
      { label: { en: "Trees planted" }, value: "1 200", unit: {}, year: 2023, sourceIndex: 0 },
    ],
    sources: [
      {
        title: "Article",
        publisher: "Vlast",
        url: "https://vlast.kz/a",
        publishedAt: "2023-05-01",
        locale: "ru",
      },
    ],
  };
}

function errorsOf(input: unknown): Record<string, string[]> {
  const result = InitiativeEditorSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : editorFieldErrors(result.error);
}

describe("InitiativeEditorSchema", () => {
  it("accepts a good entry and normalises it", () => {
    const parsed = InitiativeEditorSchema.parse(valid());
    expect(parsed.countries).toEqual(["KZ", "UZ"]);
    expect(parsed.causes).toEqual([CAUSE_A, CAUSE_B]);
    expect(parsed.foundedYear).toBe(2015);
    expect(parsed.links.map((l) => l.value)).toEqual([
      "https://t.me/green_steppe",
      "https://www.instagram.com/green.steppe/",
      "https://green-steppe.kz",
    ]);
    expect(parsed.impacts[0]?.value).toBe(1200);
    expect(parsed.fundings[0]?.endYear).toBeNull();
    // Script tags are text: kept as typed, never rendered as HTML (the renderer skips HTML).
    expect(parsed.translations.ru.description).toContain("<script>");
    // An empty language is not stored, so it reads as MISSING whatever status was picked.
    expect(parsed.translations.kk.status).toBe("MISSING");
  });

  it("normalises links idempotently, so a loaded entry parses to itself", () => {
    const samples: Record<string, string> = {
      TELEGRAM: "t.me/s/some_channel",
      INSTAGRAM: "@name.x",
      EMAIL: "Team@Example.org",
      WHATSAPP: "+7 701 234 5678",
      YOUTUBE: "youtube.com/@chan",
      X: "twitter.com/handle",
    };
    for (const type of LINK_TYPES) {
      const first = normalizeLink(type, samples[type] ?? "https://example.org/x?utm_source=y");
      if (!first.ok) continue;
      expect(normalizeLink(type, first.url)).toMatchObject({ ok: true, url: first.url });
    }
  });

  it.each<[string, (input: InitiativeEditorInput) => unknown, string]>([
    [
      "no name in any language",
      (i) => ({
        ...i,
        translations: {
          ...i.translations,
          en: { ...i.translations.en, name: "  " },
          ru: { ...i.translations.ru, name: "" },
        },
      }),
      "translations.ru.name",
    ],
    [
      "a 10,000-character name",
      (i) => ({
        ...i,
        translations: { ...i.translations, en: { ...i.translations.en, name: "x".repeat(10_000) } },
      }),
      "translations.en.name",
    ],
    [
      "a javascript: link",
      (i) => ({ ...i, links: [{ type: "WEBSITE", value: "javascript:alert(1)", label: "" }] }),
      "links.0.value",
    ],
    [
      "a data: source URL",
      (i) => ({
        ...i,
        sources: [{ ...i.sources[0]!, url: "data:text/html,<script>alert(1)</script>" }],
      }),
      "sources.0.url",
    ],
    [
      "a javascript: funder URL",
      (i) => ({
        ...i,
        fundings: [
          { ...i.fundings[0]!, funder: { kind: "new", name: "X", url: "javascript:alert(1)" } },
        ],
      }),
      "fundings.0.funder.url",
    ],
    ["a bad ISO code", (i) => ({ ...i, countries: ["Kazakhstan"] }), "countries.0"],
    ["no country", (i) => ({ ...i, countries: [] }), "countries"],
    [
      "200 causes",
      (i) => ({
        ...i,
        causes: Array.from(
          { length: 200 },
          (_, n) => `0190a5f2-0000-7000-8000-${String(n).padStart(12, "0")}`,
        ),
      }),
      "causes",
    ],
    ["no cause", (i) => ({ ...i, causes: [] }), "causes"],
    [
      "a primary cause not among the causes",
      (i) => ({ ...i, primaryCauseId: "0190a5f2-0000-7000-8000-0000000000ff" }),
      "primaryCauseId",
    ],
    ["a founding year before 1900", (i) => ({ ...i, foundedYear: 1850 }), "foundedYear"],
    ["a founding year in the future", (i) => ({ ...i, foundedYear: 3000 }), "foundedYear"],
    ["a year that is not a number", (i) => ({ ...i, foundedYear: "20x5" }), "foundedYear"],
    [
      "a Telegram value that is not a handle",
      (i) => ({ ...i, links: [{ type: "TELEGRAM", value: "https://evil.example/x", label: "" }] }),
      "links.0.value",
    ],
    [
      "21 links",
      (i) => ({
        ...i,
        links: Array.from({ length: 21 }, (_, n) => ({
          type: "WEBSITE",
          value: `https://e${n}.org`,
          label: "",
        })),
      }),
      "links",
    ],
    [
      "the same link twice",
      (i) => ({ ...i, links: [i.links[0]!, { ...i.links[0]!, value: "t.me/green_steppe" }] }),
      "links.1.value",
    ],
    [
      "a 201-character alias",
      (i) => ({ ...i, aliases: [{ value: "a".repeat(201), locale: "" }] }),
      "aliases.0.value",
    ],
    [
      "an impact citing a source that is not listed",
      (i) => ({ ...i, impacts: [{ ...i.impacts[0]!, sourceIndex: 3 }] }),
      "impacts.0.sourceIndex",
    ],
    [
      "an impact value that is not a number",
      (i) => ({ ...i, impacts: [{ ...i.impacts[0]!, value: "many" }] }),
      "impacts.0.value",
    ],
    [
      "a funding that ends before it starts",
      (i) => ({ ...i, fundings: [{ ...i.fundings[0]!, startYear: 2022, endYear: 2020 }] }),
      "fundings.0.endYear",
    ],
    ["a bad slug", (i) => ({ ...i, slug: "Green Steppe!" }), "slug"],
    [
      "a description of 20,001 characters",
      (i) => ({
        ...i,
        translations: {
          ...i.translations,
          ru: { ...i.translations.ru, description: "x".repeat(20_001) },
        },
      }),
      "translations.ru.description",
    ],
    [
      "a summary without a name",
      (i) => ({
        ...i,
        translations: { ...i.translations, kk: { ...i.translations.kk, summary: "Қысқаша" } },
      }),
      "translations.kk.name",
    ],
    [
      "a NUL character",
      (i) => ({
        ...i,
        translations: { ...i.translations, en: { ...i.translations.en, name: "a\u0000b" } },
      }),
      "translations.en.name",
    ],
  ])("refuses %s with an error on the field", (_label, change, path) => {
    const errors = errorsOf(change(valid()));
    expect(Object.keys(errors)).toContain(path);
    expect(errors[path]?.[0]).toMatch(/\w/);
  });

  it("reports an error per link row", () => {
    const errors = errorsOf({
      ...valid(),
      links: [
        { type: "TELEGRAM", value: "@ok_handle", label: "" },
        { type: "INSTAGRAM", value: "javascript:alert(1)", label: "" },
        { type: "EMAIL", value: "not an email", label: "" },
      ],
    });
    expect(Object.keys(errors).filter((key) => key.startsWith("links"))).toEqual([
      "links.1.value",
      "links.2.value",
    ]);
  });

  it("refuses missing fields instead of inventing them", () => {
    const errors = errorsOf({ version: 0 });
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["translations", "countries"]));
  });
});
