import { COUNTRY_TERMS, CAUSE_TERMS } from "@/lib/imports/hint-keywords";
import { guessNames } from "@/lib/imports/name-guess";
import { searchKey } from "@/lib/text/fold";

/**
 * Suggestions stored with each candidate: countries (ISO2) and causes (slugs) named in the
 * story, existing initiatives it mentions (by name, alias or because they already cite the
 * article) and guessed names for a new one. Everything is matched on folded text
 * (lib/text/fold.ts), so Cyrillic, Latin and diacritics meet. Pure: the caller loads the context.
 */

export interface CandidateHints {
  /** Names of the mentioned existing initiatives first, then guesses for a new one. */
  names: string[];
  countries: string[];
  causes: string[];
  /** Existing initiatives the story mentions, best match first: suggested for "attach". */
  initiativeIds: string[];
}

export interface HintContext {
  countries: { code: string; names: string[] }[];
  causes: { slug: string; names: string[] }[];
  initiatives: { id: string; name: string; names: string[]; sourceUrls: string[] }[];
}

interface Term {
  words: string[];
  /** Five letters or more: also matches words it begins ("uzbek" in "uzbekistan"). */
  prefix: boolean;
}

function term(text: string): Term | null {
  const key = searchKey(text);
  if (!key) return null;
  const words = key.split(" ");
  return { words, prefix: words.at(-1)!.length >= 5 };
}

/** The positions where the term starts in the words. */
function matchPositions(words: string[], t: Term, into: Set<number>): void {
  for (let i = 0; i + t.words.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < t.words.length && ok; j++) {
      const word = words[i + j]!;
      const want = t.words[j]!;
      ok = j === t.words.length - 1 && t.prefix ? word.startsWith(want) : word === want;
    }
    if (ok) into.add(i);
  }
}

/** How often any of the terms occurs; a place matched by several terms counts once. */
function occurrences(words: string[], terms: Term[]): number {
  const positions = new Set<number>();
  for (const t of terms) matchPositions(words, t, positions);
  return positions.size;
}

const TITLE_WEIGHT = 3;

interface Scored<T> {
  value: T;
  score: number;
}

function scoreTerms<T>(
  entries: { value: T; terms: Term[] }[],
  title: string[],
  body: string[],
): Scored<T>[] {
  return entries
    .map(({ value, terms }) => ({
      value,
      score: TITLE_WEIGHT * occurrences(title, terms) + occurrences(body, terms),
    }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** Those scoring at least `share` of the best, at least `min`, at most `limit`. */
const best = <T>(scored: Scored<T>[], min: number, share: number, limit: number) =>
  scored
    .filter((s) => s.score >= Math.max(min, scored[0]!.score * share))
    .slice(0, limit)
    .map((s) => s.value);

export interface CompiledContext {
  countries: { value: string; terms: Term[] }[];
  causes: { value: string; terms: Term[] }[];
  /** Initiative name keys by their first word, for one pass over the text. */
  names: Map<string, { id: string; words: string[] }[]>;
  initiativeNames: Map<string, string>;
  bySourceUrl: Map<string, string[]>;
  placeKeys: Set<string>;
}

const MIN_NAME_KEY = 4;

/** Prepares the context once per import. */
export function compileContext(ctx: HintContext): CompiledContext {
  const terms = (texts: readonly string[]) =>
    [...new Set(texts)].map(term).filter((t): t is Term => t !== null);
  const countries = ctx.countries.map((c) => ({
    value: c.code,
    terms: terms([...c.names, ...(COUNTRY_TERMS[c.code] ?? [])]),
  }));
  const causes = ctx.causes.map((c) => ({
    value: c.slug,
    terms: terms([...c.names, ...(CAUSE_TERMS[c.slug] ?? [])]),
  }));
  const names = new Map<string, { id: string; words: string[] }[]>();
  const bySourceUrl = new Map<string, string[]>();
  for (const initiative of ctx.initiatives) {
    for (const name of new Set(initiative.names)) {
      const key = searchKey(name);
      if (key.replace(/ /g, "").length < MIN_NAME_KEY) continue;
      const words = key.split(" ");
      const list = names.get(words[0]!) ?? [];
      list.push({ id: initiative.id, words });
      names.set(words[0]!, list);
    }
    for (const url of initiative.sourceUrls) {
      const ids = bySourceUrl.get(url) ?? [];
      ids.push(initiative.id);
      bySourceUrl.set(url, ids);
    }
  }
  return {
    countries,
    causes,
    names,
    initiativeNames: new Map(ctx.initiatives.map((i) => [i.id, i.name])),
    bySourceUrl,
    placeKeys: new Set(countries.flatMap((c) => c.terms.map((t) => t.words.join(" ")))),
  };
}

function mentionedInitiatives(ctx: CompiledContext, title: string[], body: string[]) {
  const scores = new Map<string, number>();
  for (const [words, weight] of [
    [title, TITLE_WEIGHT],
    [body, 1],
  ] as const) {
    words.forEach((word, i) => {
      for (const candidate of ctx.names.get(word) ?? []) {
        if (candidate.words.every((w, j) => words[i + j] === w))
          scores.set(candidate.id, (scores.get(candidate.id) ?? 0) + weight);
      }
    });
  }
  return scores;
}

export interface StoryText {
  title: string;
  url: string | null;
  excerpt: string;
  content: string;
}

const storyBody = (story: StoryText) => story.content || story.excerpt;

/** Name guesses for every story of a feed, without the ones most stories share. */
export function guessFeedNames(stories: StoryText[], publisher: string | null): string[][] {
  const guesses = stories.map((story) => guessNames(`${story.title}\n\n${storyBody(story)}`, 8));
  const seen = new Map<string, number>();
  for (const names of guesses)
    for (const name of new Set(names)) seen.set(name, (seen.get(name) ?? 0) + 1);
  // A funder's programme is named in most of its stories; an initiative in one or two.
  const recurring = Math.max(2, Math.ceil(stories.length * 0.4));
  const publisherKey = publisher ? searchKey(publisher) : null;
  return guesses.map((names) =>
    names.filter(
      (name) =>
        (stories.length < 4 || (seen.get(name) ?? 0) < recurring) &&
        !(publisherKey && searchKey(name).includes(publisherKey)),
    ),
  );
}

export function computeHints(
  story: StoryText,
  ctx: CompiledContext,
  guesses: string[],
  sourceUrlKey: string | null,
): CandidateHints {
  const title = searchKey(story.title).split(" ").filter(Boolean);
  const body = searchKey(storyBody(story)).split(" ").filter(Boolean);
  const mentioned = mentionedInitiatives(ctx, title, body);
  // Initiatives that already cite this article are the best suggestion of all.
  for (const id of sourceUrlKey ? (ctx.bySourceUrl.get(sourceUrlKey) ?? []) : [])
    mentioned.set(id, (mentioned.get(id) ?? 0) + 100);
  const initiativeIds = [...mentioned]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => id);
  const known = initiativeIds.map((id) => ctx.initiativeNames.get(id)!).filter(Boolean);
  const knownKeys = new Set(known.map(searchKey));
  const fresh = guesses.filter((name) => {
    const key = searchKey(name);
    return key && !knownKeys.has(key) && !ctx.placeKeys.has(key);
  });
  return {
    names: [...known, ...fresh.slice(0, 3)],
    countries: best(scoreTerms(ctx.countries, title, body), 1, 0.15, 5),
    causes: best(scoreTerms(ctx.causes, title, body), 2, 0.3, 3),
    initiativeIds,
  };
}
