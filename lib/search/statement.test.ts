import { describe, expect, it } from "vitest";
import { ListingQuerySchema } from "@/lib/search/schemas";
import { queryTokens } from "@/lib/text/fold";
import { searchStatement, searchTerms, toTsquery } from "./statement";

const HOSTILE = `bulbul'); DROP TABLE "Initiative"; -- & !kun | (x:*) <-> "y" \\ $1`;

function build(params: Record<string, string | string[]>) {
  const query = ListingQuerySchema.parse(params);
  return searchStatement({
    query,
    tokens: queryTokens(query.q),
    sort: "relevance",
    locale: "ru",
    pageSize: 12,
  });
}

describe("searchStatement", () => {
  it("passes the user's text and filters as bound values, never as SQL", () => {
    const statement = build({ q: HOSTILE, country: ["KZ", "UZ"], cause: "youth", page: "3" });
    for (const fragment of ["DROP", "bulbul", "kun", "KZ", "youth", "--", "$1"]) {
      expect(statement.sql).not.toContain(fragment);
    }
    const texts = statement.values.filter((value): value is string => typeof value === "string");
    // The tsqueries are built from folded words only: no operator of the user's survives.
    const tsqueries = texts.filter((value) => value.includes(":"));
    expect(tsqueries.length).toBeGreaterThan(0);
    for (const tsquery of tsqueries)
      expect(tsquery).toMatch(/^[a-z0-9]+(:\*?A?)?( & [a-z0-9]+(:\*?A?)?)*$/);
    expect(statement.values).toContainEqual(["KZ", "UZ"]);
    expect(statement.values).toContainEqual(["youth"]);
  });

  it("has no text condition without words", () => {
    expect(build({ q: "!!!" }).sql).not.toContain("@@");
    expect(build({ q: "bulbul" }).sql).toContain("@@");
  });
});

describe("toTsquery", () => {
  it("matches prefixes from three letters, whole words below, names on request", () => {
    expect(toTsquery(["kun", "jarigi"])).toBe("kun:* & jarigi:*");
    expect(toTsquery(["kz", "kun"])).toBe("kz & kun:*");
    expect(toTsquery(["u"], { names: true })).toBe("u:A");
    expect(toTsquery(["kun"], { names: true })).toBe("kun:*A");
    expect(toTsquery(["kun", "jarygy"], { names: true, prefix: false })).toBe("kun:A & jarygy:A");
  });
});

describe("searchTerms", () => {
  it("drops one-letter words next to longer ones and searches names for them alone", () => {
    expect(searchTerms(["u", "projects"])).toEqual({ words: ["projects"], namesOnly: false });
    expect(searchTerms(["u"])).toEqual({ words: ["u"], namesOnly: true });
  });
});
