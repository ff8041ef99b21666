/**
 * Turning feed HTML into the plain text stored on candidates: block elements become paragraph
 * breaks, scripts and styles vanish, entities are decoded. No HTML is ever stored or rendered.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  times: "×",
  shy: "",
};

/** Decodes numeric entities and the named ones feeds actually use; unknown ones stay as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d?);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1));
      // Control characters, surrogates and out-of-range values are not text.
      if (
        !Number.isFinite(code) ||
        code < 32 ||
        code > 0x10ffff ||
        (code >= 0xd800 && code <= 0xdfff)
      )
        return code === 9 || code === 10 ? String.fromCharCode(code) : "";
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const BLOCK =
  /<\/?(p|div|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|header|footer|table|tr|pre|hr)\b[^>]*>/gi;

/** Collapses runs of spaces within lines and of blank lines between paragraphs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\f\v \u00a0]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Plain text of an HTML fragment (or of text that merely contains entities). */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|iframe|svg)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<img\b[^>]*>/gi, "")
    .replace(BLOCK, "\n\n")
    .replace(/<[^>]+>/g, "");
  return tidyText(decodeEntities(text));
}

/**
 * WordPress appends "The post <title> appeared first on <site>." to every excerpt and article in
 * its feeds. It says who published the story, and is not part of it.
 */
const WORDPRESS_TRAILER = /\n?\s*The post .{1,500}? appeared first on (.{1,200}?)\.\s*$/s;

export function stripWordPressTrailer(text: string): { text: string; site: string | null } {
  const match = WORDPRESS_TRAILER.exec(text);
  if (!match) return { text, site: null };
  return { text: text.slice(0, match.index).trimEnd(), site: match[1]!.trim() };
}

/** The excerpt without WordPress's "[…]" continuation mark. */
export function cleanExcerpt(text: string): string {
  return text.replace(/\s*\[(…|\.\.\.|&hellip;)\]\s*$/u, "…").trim();
}

/** The site name in a WordPress archive title: "Civil Society Archives - Eurasia Foundation". */
export function siteFromChannelTitle(title: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[-–—|]\s+/);
  const last = parts.at(-1)?.trim();
  return last || null;
}
