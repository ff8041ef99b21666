import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  cleanExcerpt,
  decodeEntities,
  htmlToText,
  siteFromChannelTitle,
  stripWordPressTrailer,
} from "@/lib/imports/html-text";
import { FeedError, type FeedItem, type ParsedFeed } from "@/lib/imports/feed-types";
import { localeFromTag } from "@/lib/imports/feed-locale";

/**
 * RSS 2.0 (WordPress included: content:encoded, dc:creator), RSS 1.0 (RDF) and Atom 1.0, read
 * with fast-xml-parser. CDATA sections become the element's text; HTML inside them is turned
 * into plain text by htmlToText.
 */

type Node = unknown;
type Obj = Record<string, unknown>;

const ARRAY_TAGS = new Set(["item", "entry", "category", "link", "dc:subject"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Only these repeat in feeds; reading them always as lists keeps the code below simple.
  isArray: (name) => ARRAY_TAGS.has(name),
  // Inline XHTML content (Atom type="xhtml") is kept as markup and flattened by htmlToText.
  stopNodes: ["*.content", "*.summary"],
});

const isObj = (node: Node): node is Obj =>
  typeof node === "object" && node !== null && !Array.isArray(node);

/** The text of an element, whether it parsed to a string or to {#text, @_attr}. */
function text(node: Node): string {
  if (typeof node === "string") return node;
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  if (Array.isArray(node)) return text(node[0]);
  if (isObj(node)) return text(node["#text"] ?? "");
  return "";
}

const list = (node: Node): Node[] =>
  Array.isArray(node) ? node : node === undefined ? [] : [node];
const attr = (node: Node, name: string) => (isObj(node) ? text(node[`@_${name}`]) : "");

function absoluteHttpUrl(value: string, base: string | null): string | null {
  const raw = value.trim();
  if (!raw) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function parseDate(value: string): Date | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Excerpt and full text (both already plain text) without WordPress's trailer line. */
function bodies(excerptText: string, contentText: string) {
  const excerpt = stripWordPressTrailer(excerptText);
  const content = stripWordPressTrailer(contentText);
  return {
    excerpt: cleanExcerpt(excerpt.text),
    content: content.text,
    site: content.site ?? excerpt.site,
  };
}

function rssItem(item: Obj, base: string | null): FeedItem & { site: string | null } {
  const body = bodies(
    htmlToText(text(item.description)),
    htmlToText(text(item["content:encoded"])),
  );
  const guid = text(item.guid).trim();
  const link =
    absoluteHttpUrl(text(item.link), base) ??
    // A permalink GUID (the RSS default) is the story's address when <link> is missing.
    (guid && attr(item.guid, "isPermaLink") !== "false" ? absoluteHttpUrl(guid, base) : null);
  return {
    title: htmlToText(text(item.title)),
    url: link,
    guid: guid || null,
    publishedAt: parseDate(text(item.pubDate) || text(item["dc:date"])),
    author: htmlToText(text(item["dc:creator"]) || text(item.author)) || null,
    excerpt: body.excerpt,
    content: body.content,
    categories: [...list(item.category), ...list(item["dc:subject"])]
      .map((c) => htmlToText(text(c)))
      .filter(Boolean),
    site: body.site,
  };
}

/** Atom's article address: the rel="alternate" link (the default relation), preferring HTML. */
function atomLink(links: Node[], base: string | null): string | null {
  const alternates = links.filter((l) => (attr(l, "rel") || "alternate") === "alternate");
  const best =
    alternates.find((l) => /html/.test(attr(l, "type")) || !attr(l, "type")) ?? alternates[0];
  return best ? absoluteHttpUrl(attr(best, "href"), base) : null;
}

/**
 * Atom text constructs arrive raw (they are stop nodes): type="xhtml" is markup; "html" and
 * "text" are escaped, unless wrapped in CDATA, which holds the HTML as is.
 */
function atomText(node: Node): string {
  const raw = text(node);
  if (attr(node, "type") === "xhtml") return htmlToText(raw);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  return htmlToText(cdata ? cdata[1]! : decodeEntities(raw));
}

function atomEntry(entry: Obj, base: string | null): FeedItem & { site: string | null } {
  const body = bodies(atomText(entry.summary), atomText(entry.content));
  const author = list(entry.author)[0];
  return {
    title: atomText(entry.title),
    url: atomLink(list(entry.link), base),
    guid: text(entry.id).trim() || null,
    publishedAt: parseDate(text(entry.published) || text(entry.updated)),
    author: isObj(author) ? htmlToText(text(author.name)) || null : null,
    excerpt: body.excerpt,
    content: body.content,
    categories: list(entry.category)
      .map((c) => attr(c, "label") || attr(c, "term"))
      .filter(Boolean),
    site: body.site,
  };
}

/** Parses an XML feed; throws FeedError when it is malformed or not a feed. */
export function parseXmlFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new FeedError("malformed", {
      line: valid.err.line,
      reason: valid.err.msg.replace(/\.$/, ""),
    });
  }
  let doc: Obj;
  try {
    doc = parser.parse(xml) as Obj;
  } catch (error) {
    throw new FeedError("malformed", {
      line: "?",
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const rss = doc.rss;
  const rdf = doc["rdf:RDF"];
  const atom = doc.feed;
  if (isObj(rss) && isObj(rss.channel)) {
    const channel = rss.channel;
    const title = htmlToText(text(channel.title)) || null;
    const link = absoluteHttpUrl(text(channel.link), null);
    const items = list(channel.item)
      .filter(isObj)
      .map((item) => rssItem(item, link));
    return finish("rss", title, link, text(channel.language), items);
  }
  if (isObj(rdf)) {
    const channel = isObj(rdf.channel) ? rdf.channel : {};
    const title = htmlToText(text(channel.title)) || null;
    const link = absoluteHttpUrl(text(channel.link), null);
    const items = list(rdf.item)
      .filter(isObj)
      .map((item) => rssItem(item, link));
    return finish("rdf", title, link, text(channel["dc:language"]), items);
  }
  if (isObj(atom)) {
    const link = atomLink(list(atom.link), null);
    const title = atomText(atom.title) || null;
    const items = list(atom.entry)
      .filter(isObj)
      .map((entry) => atomEntry(entry, link));
    const author = list(atom.author)[0];
    const owner = isObj(author) ? htmlToText(text(author.name)) || null : null;
    return finish("atom", title, link, attr(atom, "xml:lang"), items, owner);
  }
  const root = Object.keys(doc).find((key) => !key.startsWith("?"));
  throw root?.toLowerCase() === "html"
    ? new FeedError("web_page")
    : new FeedError("not_rss", { root: root ?? "none" });
}

function finish(
  format: ParsedFeed["format"],
  title: string | null,
  link: string | null,
  language: string,
  items: (FeedItem & { site: string | null })[],
  owner: string | null = null,
): ParsedFeed {
  const site = items.find((item) => item.site)?.site ?? owner;
  return {
    format,
    title,
    link,
    publisher: site ?? siteFromChannelTitle(title),
    locale: localeFromTag(language),
    items: items.map(({ site: _site, ...item }) => item),
  };
}
