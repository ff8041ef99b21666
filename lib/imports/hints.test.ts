import { describe, expect, it } from "vitest";
import { articleKey, dedupeKey, normalizeArticleUrl } from "@/lib/imports/dedupe";
import { compileContext, computeHints, guessFeedNames, type StoryText } from "@/lib/imports/hints";
import { guessNames } from "@/lib/imports/name-guess";

const context = compileContext({
  countries: [
    { code: "KZ", names: ["Kazakhstan", "Казахстан", "Қазақстан"] },
    { code: "KG", names: ["Kyrgyzstan", "Кыргызстан"] },
    { code: "UZ", names: ["Uzbekistan", "Узбекистан"] },
  ],
  causes: [
    { slug: "environment", names: ["Environment", "Экология"] },
    { slug: "gender-equality", names: ["Gender equality"] },
    { slug: "youth", names: ["Youth", "Молодёжь"] },
  ],
  initiatives: [
    {
      id: "i-kun",
      name: "Kun Jarygy",
      names: ["Kun Jarygy", "Күн Жарығы", "Kun Zharygy"],
      sourceUrls: [],
    },
    {
      id: "i-cited",
      name: "River Watch",
      names: ["River Watch"],
      sourceUrls: ["example.org/stories/rivers"],
    },
    // Too short to look for: it would match everywhere.
    { id: "i-short", name: "Iz", names: ["Iz"], sourceUrls: [] },
  ],
});

const story = (partial: Partial<StoryText>): StoryText => ({
  title: "",
  url: null,
  excerpt: "",
  content: "",
  ...partial,
});

describe("computeHints", () => {
  it("finds countries by name, demonym and city, in any script", () => {
    const hints = computeHints(
      story({
        title: "Volunteers in Bishkek",
        content: "Kyrgyz students met peers from Қазақстан and a Kazakhstani NGO from Almaty.",
      }),
      context,
      [],
      null,
    );
    expect(hints.countries).toEqual(["KG", "KZ"]);
  });

  it("suggests causes with enough evidence only", () => {
    const hints = computeHints(
      story({
        title: "A youth recycling brigade",
        content:
          "Students sort waste; the recycling of plastic waste cuts pollution. One woman joined.",
      }),
      context,
      [],
      null,
    );
    expect(hints.causes).toEqual(["environment", "youth"]);
    expect(hints.causes).not.toContain("gender-equality");
  });

  it("recognises existing initiatives by any spelling, and those citing the article first", () => {
    const hints = computeHints(
      story({
        title: "Watching procurement",
        url: "https://example.org/stories/rivers/",
        content: "The coalition Kun Zharygy (Күн Жарығы) checks tenders. Iz is not searched for.",
      }),
      context,
      ["Open Tender Lab"],
      articleKey("https://www.example.org/stories/rivers/?utm_source=rss"),
    );
    expect(hints.initiativeIds).toEqual(["i-cited", "i-kun"]);
    expect(hints.names).toEqual(["River Watch", "Kun Jarygy", "Open Tender Lab"]);
  });

  it("leaves guesses that are known initiatives or places out of the new names", () => {
    const hints = computeHints(
      story({ content: "Kun Jarygy works in Almaty." }),
      context,
      ["Kun Jarygy", "Almaty", "Clean Air Now"],
      null,
    );
    expect(hints.names).toEqual(["Kun Jarygy", "Clean Air Now"]);
  });
});

describe("guessNames", () => {
  it("finds names next to kind words, after NGO, before an apposition and with an acronym", () => {
    const text = [
      "The Gorozhanym initiative improves yards. Later, the Gorozhanym initiative grew.",
      "The NGO Zhenskii Luch (Russian: “Women’s Ray”) drafted the law.",
      "Fidokor, a Dushanbe-based NGO, runs groups.",
      "Staff of the Bureau for Human Rights and Rule of Law (BHR) spoke.",
      "Anara Ibraeva, a project member, said so. A Telegram chatbot helps.",
    ].join(" ");
    const names = guessNames(text, 10);
    expect(names[0]).toBe("Gorozhanym");
    expect(names).toEqual(
      expect.arrayContaining([
        "Zhenskii Luch",
        "Fidokor",
        "Bureau for Human Rights and Rule of Law",
      ]),
    );
    expect(names).not.toContain("Women’s Ray");
    expect(names).not.toContain("Anara Ibraeva");
    expect(names).not.toContain("Telegram");
  });

  it("takes quoted names next to a kind word, not quoted speech", () => {
    const names = guessNames(
      "It began with “This Yard,” an initiative for children. “We wanted data, not slogans,” she says.",
    );
    expect(names).toEqual(["This Yard"]);
  });

  it("drops names most stories of a feed share (the funder's programme)", () => {
    const stories = ["Alpha", "Beta", "Gamma", "Delta"].map((name) =>
      story({ content: `The ${name} project is part of the Bright Futures programme.` }),
    );
    expect(guessFeedNames(stories, "Some Foundation")).toEqual([
      ["Alpha"],
      ["Beta"],
      ["Gamma"],
      ["Delta"],
    ]);
  });
});

describe("dedupe keys", () => {
  it("prefer the GUID, then the normalised address, then publisher and title", () => {
    expect(dedupeKey({ guid: " urn:x:1 ", url: "https://a.org/x", title: "T" })).toBe("urn:x:1");
    expect(
      dedupeKey({ guid: null, url: "https://A.org/story/?utm_source=rss#top", title: "T" }),
    ).toBe("https://a.org/story/");
    expect(dedupeKey({ guid: "", url: null, title: "Hello World", publisher: "Fund" })).toBe(
      "title:fund helo vorld",
    );
    expect(dedupeKey({ guid: null, url: "javascript:alert(1)", title: "" })).toBeNull();
  });

  it("normalise article addresses for storage and comparison", () => {
    expect(normalizeArticleUrl("https://www.example.org/a/?fbclid=1&p=2")).toBe(
      "https://www.example.org/a/?p=2",
    );
    expect(articleKey("http://www.Example.org/a/")).toBe("example.org/a");
    expect(articleKey("ftp://example.org/a")).toBeNull();
  });
});
