import { describe, expect, it } from "vitest";
import { ListingQuerySchema } from "@/lib/search/schemas";
import { parseListParams, parseLocaleParams, parseNoParams } from "./params";

const list = (query: string, acceptLanguage: string | null = null) =>
  parseListParams(new URLSearchParams(query), acceptLanguage);

describe("parseListParams", () => {
  it("gives the listing's own query, with the API's page size and locale", () => {
    const parsed = list(
      "q=bulbul&country=kz&country=UZ&cause=health&status=active&sort=name&page=2&per_page=50&locale=ru",
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        query: ListingQuerySchema.parse({
          q: "bulbul",
          country: ["KZ", "UZ"],
          cause: ["health"],
          status: ["active"],
          sort: "name",
          page: "2",
        }),
        perPage: 50,
        locale: "ru",
        negotiated: false,
      },
    });
  });

  it("defaults to the listing's first page and page size, in the Accept-Language locale", () => {
    expect(list("", "kk-KZ,ru;q=0.8")).toMatchObject({
      ok: true,
      value: {
        perPage: 12,
        locale: "kk",
        negotiated: true,
        query: { page: 1, q: "", country: [] },
      },
    });
    expect(list("q=&country=")).toMatchObject({ ok: true, value: { locale: "en" } });
  });

  it.each([
    ["country=KAZ", "country"],
    ["cause=Health!", "cause"],
    ["type=a_b", "type"],
    ["lang=de", "lang"],
    ["status=dead", "status"],
    ["sort=random", "sort"],
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=10001", "page"],
    ["per_page=0", "per_page"],
    ["per_page=101", "per_page"],
    ["per_page=1.5", "per_page"],
    ["locale=de", "locale"],
    ["locale=en&locale=ru", "locale"],
    ["q=a&q=b", "q"],
    [`q=${"x".repeat(201)}`, "q"],
    ["countries=KZ", "countries"],
    [`${"country=KZ&".repeat(11)}`, "country"],
  ])("refuses %s, naming %s", (query, parameter) => {
    const parsed = list(query);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.parameter)).toContain(parameter);
    expect(parsed.errors.every((e) => e.detail.length > 5)).toBe(true);
  });

  it("reports every refused parameter at once", () => {
    const parsed = list("country=KAZ&per_page=500&foo=1");
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.parameter).sort()).toEqual([
      "country",
      "foo",
      "per_page",
    ]);
  });
});

describe("parseLocaleParams and parseNoParams", () => {
  it("accept a locale only", () => {
    expect(parseLocaleParams(new URLSearchParams("locale=kk"), "ru")).toEqual({
      ok: true,
      value: { locale: "kk", negotiated: false },
    });
    expect(parseLocaleParams(new URLSearchParams(""), "ru-RU")).toEqual({
      ok: true,
      value: { locale: "ru", negotiated: true },
    });
    expect(parseLocaleParams(new URLSearchParams("country=KZ"), null).ok).toBe(false);
  });

  it("refuse any parameter where none is taken", () => {
    expect(parseNoParams(new URLSearchParams("")).ok).toBe(true);
    expect(parseNoParams(new URLSearchParams("locale=en"))).toEqual({
      ok: false,
      errors: [{ parameter: "locale", detail: "is not a known parameter" }],
    });
  });
});
