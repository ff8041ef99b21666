import { resolveCode } from "@/lib/admin-i18n/codes";
import { en } from "@/lib/admin-i18n/en";
import type { importsEn } from "@/lib/admin-i18n/en-imports";
import type { ContentLocale } from "@/lib/i18n/locales";

/** One story of a feed, as the parsers return it: plain text, absolute URL, parsed date. */
export interface FeedItem {
  title: string;
  url: string | null;
  guid: string | null;
  publishedAt: Date | null;
  /** Author named by the feed (dc:creator, Atom author), if any. */
  author: string | null;
  /** The short text (RSS description, Atom summary), without the WordPress "appeared first" line. */
  excerpt: string;
  /** The full text (content:encoded, Atom content), paragraphs separated by blank lines. */
  content: string;
  categories: string[];
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "flattened";
  title: string | null;
  /** The site that published the stories (not the author of each). */
  publisher: string | null;
  link: string | null;
  locale: ContentLocale | null;
  items: FeedItem[];
}

export type FeedErrorCode = keyof (typeof importsEn)["imports"]["feedErrors"];

/**
 * A feed that cannot be imported. Thrown before anything is written, so a failed import leaves
 * no trace but the message. `code` and `params` name the admin dictionary's message
 * (imports.feedErrors.*), so the page says it in the reader's language; `message` is English.
 */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    readonly params?: Record<string, string | number>,
  ) {
    super(resolveCode(en, "en", `imports.feedErrors.${code}`, params));
  }
}

/** Feeds larger than this are refused (a WordPress feed of 10-50 stories is well under 1 MB). */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
/** At most this many items are imported from one feed. */
export const MAX_FEED_ITEMS = 1000;
