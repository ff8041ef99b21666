import { describe, expect, it } from "vitest";
import {
  foldText,
  matchesToken,
  MAX_QUERY_TOKENS,
  MAX_TOKEN_LENGTH,
  queryTokens,
  searchKey,
  skeleton,
} from "./fold";

describe("foldText", () => {
  it("transliterates, drops diacritics and punctuation, lower-cases", () => {
    expect(foldText("Jańasha Kózqaras")).toBe("janasha kozqaras");
    expect(foldText("Būlbūl-Bulka")).toBe("bulbul bulka");
    expect(foldText("Күн Жарығы")).toBe("kun zharygy");
    expect(foldText("«Горожаным»!")).toBe("gorozhanym");
    expect(foldText("U:projects, ProZakup.kz")).toBe("u projects prozakup kz");
    expect(foldText("Oʻzbekcha")).toBe("ozbekcha");
    expect(foldText("İstanbul")).toBe("istanbul");
    expect(foldText("  ...  ")).toBe("");
  });
});

describe("skeleton", () => {
  it("merges the spellings romanisations disagree on", () => {
    expect(skeleton("zharygy")).toBe("jarigi");
    expect(skeleton("dzhambul")).toBe("jambul");
    expect(skeleton("kazakhstan")).toBe("kazakstan");
    expect(skeleton("qazaqstan")).toBe("kazakstan");
    expect(skeleton("xorazm")).toBe("korazm");
    expect(skeleton("bulbull")).toBe("bulbul");
    expect(skeleton("zhenskiy")).toBe("jenski");
    expect(skeleton("zhenskii")).toBe("jenski");
    expect(skeleton("women")).toBe("vomen");
  });
});

describe("searchKey", () => {
  // Every group names one thing in scripts and spellings that must meet.
  const groups = [
    ["Күн Жарығы", "Kun Jarygy", "Kun Zharygy", "Кун Жарыгы", "KUN JARYGY"],
    ["Жаңаша Көзқарас", "Jańasha Kózqaras", "Janasha Kozqaras", "жанаша козкарас"],
    ["Горожаным", "Gorozhanym", "gorozhanim"],
    ["Būlbūl", "Бұлбұл", "Bulbul", "bulbull"],
    ["Шымкент", "Shymkent", "Shimkent"],
    ["Алматы", "Almaty"],
    ["Қазақстан", "Казахстан", "Kazakhstan", "Qazaqstan"],
    ["Женский луч", "Zhenskii Luch", "Zhenskiy Luch"],
  ];
  it.each(groups)("gives %s and its other spellings one key", (first, ...others) => {
    for (const other of others) expect(searchKey(other)).toBe(searchKey(first));
  });

  it("keeps different names apart", () => {
    const keys = groups.map(([first]) => searchKey(first!));
    expect(new Set(keys).size).toBe(keys.length);
    expect(searchKey("Almaty")).not.toBe(searchKey("Astana"));
    expect(searchKey("Nukus")).not.toBe(searchKey("Kun"));
  });

  it("is empty for text without letters or digits", () => {
    expect(searchKey("!!! — ...")).toBe("");
    expect(searchKey("")).toBe("");
  });
});

describe("queryTokens", () => {
  it("returns distinct [a-z0-9] words in order", () => {
    expect(queryTokens("Kun Jarygy, kun JARYGY")).toEqual(["kun", "jarigi"]);
    expect(queryTokens("кун жарыгы")).toEqual(["kun", "jarigi"]);
  });

  it("cannot carry tsquery or SQL syntax", () => {
    const tokens = queryTokens(`bulbul' OR 1=1; -- & !x | (y:* <-> z) "q"`);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(token).toMatch(/^[a-z0-9]+$/);
  });

  it("is empty for punctuation only", () => {
    expect(queryTokens("?!.,;:()[]{}«»—")).toEqual([]);
  });

  it("caps the number and length of words", () => {
    const many = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(" ");
    expect(queryTokens(many)).toHaveLength(MAX_QUERY_TOKENS);
    const long = queryTokens("abc".repeat(2000));
    expect(long).toHaveLength(1);
    expect(long[0]!.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
  });
});

describe("matchesToken", () => {
  it("matches prefixes from three letters, whole words below", () => {
    expect(matchesToken("procurement", "procur")).toBe(true);
    expect(matchesToken("procurement", "pro")).toBe(true);
    expect(matchesToken("procurement", "pr")).toBe(false);
    expect(matchesToken("kz", "kz")).toBe(true);
    expect(matchesToken("u", "u")).toBe(true);
    expect(matchesToken("uprojects", "u")).toBe(false);
    expect(matchesToken("kun", "kunj")).toBe(false);
  });
});
