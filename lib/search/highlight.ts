import type { HighlightSegment } from "@/lib/search/types";
import { matchesToken, searchKey } from "@/lib/text/fold";

/** A word as the search sees it: letters, marks and digits, with inner apostrophes (Oʻzbek). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʻʼ`´‘][\p{L}\p{M}\p{N}]+)*/gu;

/** Longest description passage shown around a match, in characters. */
export const PASSAGE_LENGTH = 240;

function isMatch(word: string, tokens: readonly string[]): boolean {
  // A word folds as the documents' text does; should it fold into several, any of them counts.
  return searchKey(word)
    .split(" ")
    .some((key) => key !== "" && tokens.some((token) => matchesToken(key, token)));
}

function push(segments: HighlightSegment[], text: string, match: boolean) {
  if (!text) return;
  const last = segments.at(-1);
  if (last && last.match === match && !match) last.text += text;
  else segments.push({ text, match });
}

/**
 * Splits plain text into segments, marking every word whose folded form matches a query token
 * (prefix match, as the search itself). Plain strings only: the caller renders them as text, so
 * nothing here is ever interpreted as HTML.
 */
export function highlight(text: string, tokens: readonly string[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    push(segments, text.slice(at, found.index), false);
    push(segments, found[0], isMatch(found[0], tokens));
    at = found.index + found[0].length;
  }
  push(segments, text.slice(at), false);
  // Adjacent unmatched pieces were merged as they came; matched words stay separate.
  return segments;
}

export const hasMatch = (segments: readonly HighlightSegment[]) => segments.some((s) => s.match);

/** Markdown reduced to its words: emphasis, headings, quotes, list marks and link targets go. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/(\*\*|__|\*|`)(?=\S)(.*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cuts segments to the characters [start, end). */
function slice(segments: readonly HighlightSegment[], start: number, end: number) {
  const out: HighlightSegment[] = [];
  let at = 0;
  for (const segment of segments) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + segment.text.length);
    if (from < to) out.push({ text: segment.text.slice(from - at, to - at), match: segment.match });
    at += segment.text.length;
  }
  return out;
}

/**
 * A passage of about `length` characters from the text, starting a little before the first match,
 * cut at spaces (never inside a word), with an ellipsis where text was left out.
 */
export function excerpt(
  segments: readonly HighlightSegment[],
  length = PASSAGE_LENGTH,
): HighlightSegment[] {
  const text = segments.map((segment) => segment.text).join("");
  if (text.length <= length) return segments.map((segment) => ({ ...segment }));
  let matchStart = 0;
  let matchEnd = 0;
  let at = 0;
  for (const segment of segments) {
    if (segment.match) {
      matchStart = at;
      matchEnd = at + segment.text.length;
      break;
    }
    at += segment.text.length;
  }
  let start = Math.max(0, matchStart - Math.floor(length / 4));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space === -1 || space >= matchStart ? matchStart : space + 1;
  }
  let end = Math.min(text.length, Math.max(start + length, matchEnd));
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > matchEnd ? space : matchEnd;
  }
  const out = slice(segments, start, end);
  if (start > 0) out.unshift({ text: "… ", match: false });
  if (end < text.length) out.push({ text: " …", match: false });
  return out;
}

/**
 * The snippet of a hit: its summary with the matches marked, or, when the summary has none, the
 * first description passage that has; the plain summary when neither matches (the initiative was
 * found through an alias, a place or another language).
 */
export function snippetFor(
  text: { summary: string; description?: string },
  tokens: readonly string[],
): HighlightSegment[] {
  const summary = highlight(text.summary, tokens);
  if (hasMatch(summary) || !text.description) return summary;
  for (const paragraph of text.description.split(/\n\s*\n/)) {
    const passage = highlight(markdownToText(paragraph), tokens);
    if (hasMatch(passage)) return excerpt(passage);
  }
  return summary;
}
