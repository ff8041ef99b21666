import { guessLocale } from "@/lib/imports/feed-locale";
import { FeedError, MAX_FEED_ITEMS, type ParsedFeed } from "@/lib/imports/feed-types";
import { parseFlattenedFeed } from "@/lib/imports/parse-flattened";
import { parseXmlFeed } from "@/lib/imports/parse-xml";

/**
 * Reads a feed: XML when the text starts with a tag, else the flattened text form. Throws
 * FeedError for anything that yields no importable story, so callers write nothing then.
 */
export function parseFeed(input: string): ParsedFeed {
  const text = input.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new FeedError("empty");
  const feed = text.trimStart().startsWith("<") ? parseXmlFeed(text) : parseFlattenedFeed(text);
  const items = feed.items.filter((item) => item.title || item.url);
  if (items.length === 0) throw new FeedError("no_stories");
  if (items.length > MAX_FEED_ITEMS) {
    throw new FeedError("too_many_items", { count: items.length, max: MAX_FEED_ITEMS });
  }
  const sample = items
    .slice(0, 5)
    .map((item) => `${item.title} ${item.excerpt}`)
    .join(" ");
  return { ...feed, items, locale: feed.locale ?? guessLocale(sample) };
}
