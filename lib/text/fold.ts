import { transliterate } from "@/lib/text/transliterate";

/**
 * Text folding for search. Names of Central Asian initiatives are written in Cyrillic, in several
 * Latin orthographies (Kazakh, Uzbek, Karakalpak) and in ad-hoc romanisations, so "Күн Жарығы",
 * "Kun Zharygy" and "Kun Jarygy" must meet in one form. Two steps:
 *
 * 1. `foldText`: transliterate to Latin, drop diacritics, lower-case, keep only [a-z0-9] words.
 * 2. `skeleton`: merge spellings that romanisations disagree on (zh/j, kh/x/q/k, y/i, w/v, doubled
 *    letters), so that each word is reduced to one phonetic key.
 *
 * The search document and the query both go through `searchKey`, so they always agree.
 */

/** Merges applied in order to each folded word. Multi-letter sequences come first. */
const SKELETON_RULES: readonly (readonly [RegExp, string])[] = [
  [/shch/g, "sh"], // щ
  [/dzh|dj/g, "j"], // Джамбул / Djambul / Jambyl
  [/zh/g, "j"], // Жарығы / Zharygy / Jarygy
  [/kh|x/g, "k"], // Казахстан (kh), Uzbek x, Kazakh қ (q): Qazaqstan / Kazakhstan
  [/q/g, "k"],
  [/gh/g, "g"], // Tajik ғ written gh
  [/y/g, "i"], // Горожаным -> gorozhanym / gorozhanim; ы, й, ı
  [/w/g, "v"],
  [/([a-z])\1+/g, "$1"], // doubled letters: Bulbull, Zhenskii / Zhenskiy
];

/** Transliterated, diacritic-free, lower-case words of [a-z0-9], separated by single spaces. */
export function foldText(input: string): string {
  return transliterate(input.toLowerCase())
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The phonetic key of one folded word (see SKELETON_RULES). */
export function skeleton(word: string): string {
  let key = word;
  for (const [pattern, replacement] of SKELETON_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** Folded and skeletonised text: the form stored in the search document and searched for. */
export function searchKey(input: string): string {
  const folded = foldText(input);
  return folded ? folded.split(" ").map(skeleton).join(" ") : "";
}

/** At most this many distinct words of a query are used; the rest are ignored. */
export const MAX_QUERY_TOKENS = 8;
/** Longer words are cut: no real word is longer, and tsquery has a size limit. */
export const MAX_TOKEN_LENGTH = 40;

/**
 * The distinct search words of a user query, in order, at most MAX_QUERY_TOKENS of them; an empty
 * array for a query with no letters or digits. Each is [a-z0-9]+ and so safe in a tsquery.
 */
export function queryTokens(query: string): string[] {
  const tokens: string[] = [];
  for (const word of searchKey(query).split(" ")) {
    const token = word.slice(0, MAX_TOKEN_LENGTH);
    if (token && !tokens.includes(token)) tokens.push(token);
    if (tokens.length === MAX_QUERY_TOKENS) break;
  }
  return tokens;
}

/** Query words this long or longer also match longer words they begin ("proc" → "procurement");
 * shorter ones only match themselves, or they would match nearly everything. */
export const MIN_PREFIX_LENGTH = 3;

/** Whether a word of some text (its key) matches a query token, as the search matches them. */
export function matchesToken(wordKey: string, token: string): boolean {
  return token.length >= MIN_PREFIX_LENGTH ? wordKey.startsWith(token) : wordKey === token;
}
