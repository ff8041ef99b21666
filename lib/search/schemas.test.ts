import { describe, expect, it } from "vitest";
import { effectiveSort, ListingQuerySchema, toSearchParams } from "@/lib/search/schemas";

describe("ListingQuerySchema", () => {
  it("parses repeatable filters and drops bad values", () => {
    const query = ListingQuerySchema.parse({
      q: "  kun   jarygy ",
      country: ["kz", "UZ", "XYZ", "KZ"],
      cause: ["youth", "Not A Slug"],
      lang: "ru",
      status: ["active", "gone"],
      sort: "bogus",
      page: "-3",
    });
    expect(query).toEqual({
      q: "kun jarygy",
      country: ["KZ", "UZ"],
      cause: ["youth"],
      type: [],
      lang: ["ru"],
      status: ["active"],
      sort: undefined,
      page: 1,
    });
  });

  it("cuts a very long query instead of refusing it", () => {
    const query = ListingQuerySchema.parse({ q: "a".repeat(5000) });
    expect(query.q).toHaveLength(200);
  });

  it("accepts an empty query", () => {
    expect(ListingQuerySchema.parse({})).toMatchObject({ q: "", country: [], page: 1 });
  });
});

describe("effectiveSort", () => {
  it("ranks by relevance only when there is a query", () => {
    expect(effectiveSort(ListingQuerySchema.parse({ q: "bulbul" }))).toBe("relevance");
    expect(effectiveSort(ListingQuerySchema.parse({}))).toBe("recent");
    expect(effectiveSort(ListingQuerySchema.parse({ sort: "relevance" }))).toBe("recent");
    expect(effectiveSort(ListingQuerySchema.parse({ q: "x", sort: "name" }))).toBe("name");
  });
});

describe("toSearchParams", () => {
  it("round-trips through the schema", () => {
    const query = ListingQuerySchema.parse({
      q: "eco",
      country: ["KZ", "UZ"],
      cause: "environment",
      page: "2",
    });
    const params = toSearchParams(query);
    expect(params.toString()).toBe("q=eco&country=KZ&country=UZ&cause=environment&page=2");
    const back = ListingQuerySchema.parse({
      q: params.get("q"),
      country: params.getAll("country"),
      cause: params.getAll("cause"),
      page: params.get("page"),
    });
    expect(back).toEqual(query);
  });
});
