import {
  cleanExcerpt,
  decodeEntities,
  siteFromChannelTitle,
  stripWordPressTrailer,
  tidyText,
} from "@/lib/imports/html-text";
import { FeedError, type FeedItem, type ParsedFeed } from "@/lib/imports/feed-types";
import { localeFromTag } from "@/lib/imports/feed-locale";
import { parseDate } from "@/lib/imports/parse-xml";

/**
 * A fallback for RSS saved as text with its tags stripped (a browser's "save as text", a
 * copy-paste from a feed reader): used only when the input is not XML. What remains of each item
 * is "title link pubDate guid excerpt", a "]]>" left over from the CDATA, then the full text.
 *
 * Items are found by their "link date guid" run: an http(s) URL, an RFC 822 date and the GUID
 * token, separated by single spaces. Everything else is positional: the title is the text
 * before the link on the same line, the body runs to the line where the next item begins, and
 * the "]]>" lines split the body into excerpt and content.
 */

const DATE = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|[A-Z]{3})`;
const ANCHOR = new RegExp(String.raw`(https?://[^\s<>"]+) (${DATE}) (\S+)(?=[ \n]|$)`, "g");
/** WordPress writes the channel's language before its update period ("en-US hourly 1"). */
const LANGUAGE_IN_HEADER =
  /(?:^|\s)([a-z]{2}(?:-[A-Za-z]{2})?)\s+(?:hourly|daily|weekly|monthly|yearly)\b/;
const CDATA_END = /^\s*\]\]>\s*$/m;
const URL_TOKEN = /https?:\/\/\S+/g;
/** A language code right after a date is a channel header, not a GUID. */
const LANGUAGE_CODE = /^[a-z]{2}(?:-[A-Za-z]{2})?$/;

interface Anchor {
  index: number;
  end: number;
  link: string;
  date: string;
  guid: string;
}

function anchors(text: string): Anchor[] {
  const found: Anchor[] = [];
  for (const match of text.matchAll(ANCHOR)) {
    const guid = match[3]!;
    if (LANGUAGE_CODE.test(guid)) continue;
    found.push({
      index: match.index,
      end: match.index + match[0].length,
      link: match[1]!,
      date: match[2]!,
      guid,
    });
  }
  return found;
}

/** Splits the first line's text before the first item into the channel header and the title. */
function splitHeader(prefix: string): { header: string; title: string } {
  const urls = [...prefix.matchAll(URL_TOKEN)];
  if (urls.length < 2) {
    // No generator URL: the title follows the header's "hourly 1" tail, if there is one.
    const tail = /(?:hourly|daily|weekly|monthly|yearly)\s+\d+\s+/.exec(prefix);
    if (!tail) return { header: "", title: prefix };
    const cut = tail.index + tail[0].length;
    return { header: prefix.slice(0, cut), title: prefix.slice(cut) };
  }
  const last = urls.at(-1)!;
  const cut = last.index + last[0].length;
  return { header: prefix.slice(0, cut), title: prefix.slice(cut) };
}

function channelFrom(header: string) {
  const firstUrl = /https?:\/\/\S+/.exec(header);
  const title = firstUrl ? header.slice(0, firstUrl.index).trim() : "";
  const link = firstUrl?.[0] ?? null;
  return {
    title: title || null,
    link,
    language: LANGUAGE_IN_HEADER.exec(header)?.[1],
  };
}

const clean = (text: string) => tidyText(decodeEntities(text));

export function parseFlattenedFeed(input: string): ParsedFeed {
  const text = input.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const found = anchors(text);
  if (found.length === 0) {
    throw new FeedError("not_a_feed");
  }
  let channel: ReturnType<typeof channelFrom> = { title: null, link: null, language: undefined };
  const sites = new Set<string>();
  const items: FeedItem[] = found.map((anchor, i) => {
    const lineStart = text.lastIndexOf("\n", anchor.index) + 1;
    let title = text.slice(lineStart, anchor.index);
    if (i === 0) {
      const split = splitHeader(title);
      channel = channelFrom(split.header);
      title = split.title;
    }
    const next = found[i + 1];
    const bodyEnd = next ? text.lastIndexOf("\n", next.index) + 1 : text.length;
    const [excerptPart = "", contentPart = "", ...rest] = text
      .slice(anchor.end, Math.max(anchor.end, bodyEnd))
      .split(CDATA_END);
    const excerpt = stripWordPressTrailer(clean(excerptPart));
    const content = stripWordPressTrailer(clean([contentPart, ...rest].join("\n")));
    const site = content.site ?? excerpt.site;
    if (site) sites.add(site);
    return {
      title: clean(title),
      url: anchor.link,
      guid: anchor.guid,
      publishedAt: parseDate(anchor.date),
      author: null,
      excerpt: cleanExcerpt(excerpt.text),
      // A body without the CDATA split is one text: the excerpt is all there is.
      content: content.text || excerpt.text,
      categories: [],
    };
  });
  const { title, link, language } = channel;
  return {
    format: "flattened",
    title,
    link,
    publisher: [...sites][0] ?? siteFromChannelTitle(title),
    locale: localeFromTag(language),
    items,
  };
}
