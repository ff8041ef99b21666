import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FeedError } from "@/lib/imports/feed-types";
import { parseFeed } from "@/lib/imports/parse-feed";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const SEED = readFileSync(
  path.resolve(import.meta.dirname, "../../e2e/fixtures/eurasia-civil-society-feed.txt"),
  "utf8",
);

function feedError(input: string): FeedError {
  try {
    parseFeed(input);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error("expected a FeedError");
}

describe("the flattened Eurasia Foundation feed (seed file)", () => {
  const feed = parseFeed(SEED);

  it("is read as text, with the channel and its publisher", () => {
    expect(feed.format).toBe("flattened");
    expect(feed.title).toBe("Civil Society Archives - Eurasia Foundation");
    expect(feed.link).toBe("https://www.eurasia.org/success-stories-expertise/civil-society/");
    expect(feed.publisher).toBe("Eurasia Foundation");
    expect(feed.locale).toBe("en");
  });

  it("holds one item per story, each with title, URL, date, GUID and full text", () => {
    const guids = [...SEED.matchAll(/\?post_type=success-stories&p=(\d+)/g)].map((m) => m[0]);
    expect(feed.items).toHaveLength(new Set(guids).size);
    expect(feed.items).toHaveLength(12);
    for (const item of feed.items) {
      expect(item.title.length).toBeGreaterThan(20);
      expect(item.title).not.toMatch(/https?:|\d{2}:\d{2}:\d{2}/);
      expect(item.url).toMatch(/^https:\/\/www\.eurasia\.org\/success-stories\/[a-z0-9-]+\/$/);
      expect(item.guid).toMatch(/^https:\/\/www\.eurasia\.org\/\?post_type=success-stories&p=\d+$/);
      expect(item.publishedAt?.getUTCFullYear()).toBeGreaterThanOrEqual(2024);
      expect(item.content.length).toBeGreaterThan(2000);
      expect(item.excerpt.length).toBeGreaterThan(50);
      for (const text of [item.content, item.excerpt]) {
        expect(text).not.toContain("appeared first on");
        expect(text).not.toContain("]]>");
      }
    }
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(12);
  });

  it("reads the first and last stories exactly", () => {
    const first = feed.items[0]!;
    expect(first.title).toBe(
      "Changemaker Combats Cultures of Silence to Support Survivors of Sexual Violence in Central Asia",
    );
    expect(first.guid).toBe("https://www.eurasia.org/?post_type=success-stories&p=6114");
    expect(first.publishedAt?.toISOString()).toBe("2024-11-06T11:54:48.000Z");
    expect(first.excerpt).toMatch(/^Warning: This story discusses sexual violence\..*women and…$/s);
    expect(first.content).toMatch(/^Warning: This story discusses sexual violence\.\n\nAlina/);
    expect(first.content).toMatch(/free from fear and stigma\.$/);
    const last = feed.items.at(-1)!;
    expect(last.title).toBe(
      "Mother-Daughter Duo Readies Young Women in Rural Tajikistan to Pursue STEM Education",
    );
    expect(last.publishedAt?.toISOString()).toBe("2024-01-24T19:52:27.000Z");
    expect(last.content).toMatch(/Pass the Mic series!$/);
  });
});

describe("a WordPress RSS 2.0 feed", () => {
  const feed = parseFeed(fixture("wordpress-rss.xml"));

  it("reads the channel", () => {
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("Stories Archives – Steppe Grants Fund");
    expect(feed.publisher).toBe("Steppe Grants Fund");
    expect(feed.locale).toBe("en");
    expect(feed.items).toHaveLength(3);
  });

  it("takes the full text from content:encoded as plain text, entities decoded", () => {
    const [item] = feed.items;
    expect(item!.title).toBe("Clean Rivers Brigade Maps Litter Along the Ili & Talgar");
    expect(item!.url).toBe("https://steppe-grants.example.org/stories/clean-rivers-brigade/");
    expect(item!.guid).toBe("https://steppe-grants.example.org/?p=101");
    expect(item!.author).toBe("Aigerim N.");
    expect(item!.categories).toEqual(["Environment", "Youth"]);
    expect(item!.publishedAt?.toISOString()).toBe("2025-03-03T08:00:00.000Z");
    expect(item!.content).toContain("The Clean Rivers Brigade project started in 2023");
    expect(item!.content).toContain("Kazakhstan’s agrarian university. “We wanted data");
    expect(item!.content).toContain("\n\nA Saturday clean-up\n\n");
    expect(item!.content).not.toMatch(/<|alert|appeared first/);
    expect(item!.excerpt).toBe(
      "Volunteers in Almaty region walk the riverbanks every Saturday and log each bag of waste in an app…",
    );
  });

  it("keeps items without GUID or date, and decodes escaped descriptions", () => {
    const item = feed.items[2]!;
    expect(item.guid).toBeNull();
    expect(item.publishedAt).toBeNull();
    expect(item.excerpt).toBe("Plain escaped description & more.");
    expect(item.content).toBe("");
  });
});

describe("an Atom feed", () => {
  const feed = parseFeed(fixture("atom.xml"));

  it("reads entries: alternate link, HTML and XHTML content, dates, language", () => {
    expect(feed.format).toBe("atom");
    expect(feed.locale).toBe("ru");
    expect(feed.publisher).toBe("Открытый город");
    expect(feed.link).toBe("https://open-city.example.org/");
    const [first, second] = feed.items;
    expect(first!.title).toBe("Дворы Ташкента: соседи решают сами");
    expect(first!.url).toBe("https://open-city.example.org/news/dvory-tashkenta");
    expect(first!.guid).toBe("tag:open-city.example.org,2025:news-17");
    expect(first!.publishedAt?.toISOString()).toBe("2025-02-18T04:30:00.000Z");
    expect(first!.author).toBe("Дильноза");
    expect(first!.categories).toEqual(["Городская среда"]);
    expect(first!.content).toBe(
      "Жители трёх махаллей Узбекистана сами благоустроили общие дворы.\n\nПроект «Наш двор» поддержан малым грантом.",
    );
    expect(second!.url).toBe("https://open-city.example.org/news/volunteers-dushanbe");
    expect(second!.publishedAt?.toISOString()).toBe("2025-01-30T08:00:00.000Z");
    expect(second!.content).toBe(
      "Первый набор школы волонтёров в Таджикистане — 40 человек.\n\nЗанятия идут по субботам.",
    );
  });
});

describe("input that is not an importable feed", () => {
  it("names the line of malformed XML", () => {
    const error = feedError("<rss><channel><item><title>x</title></channel></rss>");
    expect(error.code).toBe("malformed");
    expect(error.message).toMatch(/^The feed is not well-formed XML \(line 1: .+\)\.$/);
  });

  it("recognises a web page and other XML", () => {
    expect(feedError("<!DOCTYPE html><html><body><p>Hi</p></body></html>").code).toBe("web_page");
    expect(feedError('<?xml version="1.0"?><note><to>x</to></note>').message).toBe(
      "This XML is not an RSS or Atom feed (its root element is <note>).",
    );
  });

  it("refuses text without stories, empty input and a feed without items", () => {
    expect(feedError("Just some notes, no feed here.\nhttps://example.org").code).toBe(
      "not_a_feed",
    );
    expect(feedError("  \n ").code).toBe("empty");
    expect(feedError('<rss version="2.0"><channel><title>T</title></channel></rss>').code).toBe(
      "no_stories",
    );
  });
});
