import "server-only";
import { unstable_cache } from "next/cache";
import { CacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { pickTranslation } from "@/lib/i18n/fallback";
import { CONTENT_LOCALES, type ContentLocale, type UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { cardSelect, taxonName, toCard } from "@/lib/initiatives/queries";
import { createCoalescer, createLimiter } from "@/lib/search/concurrency";
import { snippetFor } from "@/lib/search/highlight";
import {
  ACTIVITY,
  effectiveSort,
  PAGE_SIZE,
  QUERY_MAX_LENGTH,
  type ListingQuery,
} from "@/lib/search/schemas";
import { FACETS, searchStatement, searchTerms, searchSettings } from "@/lib/search/statement";
import type { FacetName, FacetValue, SearchHit, SearchResult } from "@/lib/search/types";
import { queryTokens } from "@/lib/text/fold";

/** Languages are named in themselves, whatever the interface language. */
const LANGUAGE_NAMES: Record<ContentLocale, string> = {
  en: "English",
  ru: "Русский",
  kk: "Қазақша",
  uz: "Oʻzbekcha",
  tg: "Тоҷикӣ",
  kaa: "Qaraqalpaqsha",
};

const MAX_PAGE_SIZE = 100;

interface Row {
  facet: "hit" | "total" | FacetName;
  value: string | null;
  count: number;
}

interface Taxon {
  value: string;
  label: string;
}

async function readFacetLabels(locale: UiLocale) {
  const nameSelect = { select: { locale: true, name: true } } as const;
  const [countries, causes, types] = await Promise.all([
    db.country.findMany({
      orderBy: { sortOrder: "asc" },
      select: { code: true, translations: nameSelect },
    }),
    db.cause.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, translations: nameSelect },
    }),
    db.orgType.findMany({
      orderBy: { sortOrder: "asc" },
      select: { slug: true, translations: nameSelect },
    }),
  ]);
  const taxa = (rows: { key: string; translations: { locale: string; name: string }[] }[]) =>
    rows.map((row): Taxon => ({ value: row.key, label: taxonName(row.translations, locale) }));
  const activity = getMessages(locale).activity;
  return {
    country: taxa(countries.map((c) => ({ key: c.code, translations: c.translations }))),
    cause: taxa(causes.map((c) => ({ key: c.slug, translations: c.translations }))),
    type: taxa(types.map((t) => ({ key: t.slug, translations: t.translations }))),
    lang: CONTENT_LOCALES.map((value): Taxon => ({ value, label: LANGUAGE_NAMES[value] })),
    status: ACTIVITY.map((value): Taxon => ({
      value,
      label: activity[value.toUpperCase() as keyof typeof activity],
    })),
  } satisfies Record<FacetName, Taxon[]>;
}

/** Facet values and their labels in the UI language, in taxonomy order; cached by tag. */
const getFacetLabels = unstable_cache(readFacetLabels, ["search-facet-labels"], {
  tags: [CacheTags.taxonomy],
});

/** Values with matches, and selected ones even without (so they can be unselected). */
function facetValues(taxa: Taxon[], counts: Map<string, number>, selected: string[]): FacetValue[] {
  const known = new Set(taxa.map((taxon) => taxon.value));
  const unknown = selected
    .filter((value) => !known.has(value))
    .map((value) => ({ value, label: value }));
  return [...taxa, ...unknown].flatMap(({ value, label }) => {
    const count = counts.get(value) ?? 0;
    const isSelected = selected.includes(value);
    return count > 0 || isSelected ? [{ value, label, count, selected: isSelected }] : [];
  });
}

/** Reads the statement's rows: hit ids in page order, the total, and counts per facet value. */
function readRows(rows: Row[]) {
  const hits = rows.filter((row) => row.facet === "hit").sort((a, b) => a.count - b.count);
  const counts = new Map<FacetName, Map<string, number>>(FACETS.map((f) => [f, new Map()]));
  for (const row of rows) {
    if (row.facet !== "hit" && row.facet !== "total" && row.value !== null) {
      counts.get(row.facet)?.set(row.value, row.count);
    }
  }
  return {
    hitIds: hits.flatMap((row) => (row.value ? [row.value] : [])),
    total: rows.find((row) => row.facet === "total")?.count ?? 0,
    counts,
  };
}

/** The page's cards, in the order given, published ones only (whatever the search table says). */
async function readHits(ids: string[], locale: UiLocale, marked: string[]): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await db.initiative.findMany({
    where: { id: { in: ids }, state: "PUBLISHED" },
    select: {
      ...cardSelect,
      id: true,
      translations: {
        select: { locale: true, name: true, summary: true, description: marked.length > 0 },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const text = pickTranslation(row.translations, locale)?.value;
    const snippet = marked.length && text ? snippetFor(text, marked) : null;
    return [{ ...toCard(row, locale), snippet }];
  });
}

/** Searches that hold a connection at once: the pool keeps two for everything else. */
const limitSearches = createLimiter(Math.max(1, getEnv().DATABASE_POOL_MAX - 2));
const coalesceSearches = createCoalescer<SearchResult>();
/** With the limiter in front this wait is rarely reached; a late answer beats a 500. */
const TRANSACTION_MAX_WAIT_MS = 10_000;

async function runSearch(
  query: ListingQuery,
  locale: UiLocale,
  size: number,
  tokens: string[],
): Promise<SearchResult> {
  const key = JSON.stringify([query, locale, size, tokens]);
  return coalesceSearches(key, () =>
    limitSearches(() => runSearchNow(query, locale, size, tokens)),
  );
}

async function runSearchNow(
  query: ListingQuery,
  locale: UiLocale,
  size: number,
  tokens: string[],
): Promise<SearchResult> {
  // A query without a single letter or digit is no query.
  const sort = effectiveSort(tokens.length ? query : { ...query, q: "" });
  const statement = searchStatement({ query, tokens, sort, locale, pageSize: size });
  const [[, rows], labels] = await Promise.all([
    db.$transaction([db.$queryRaw(searchSettings(tokens)), db.$queryRaw<Row[]>(statement)], {
      maxWait: TRANSACTION_MAX_WAIT_MS,
    }),
    getFacetLabels(locale),
  ]);
  const { hitIds, total, counts } = readRows(rows);
  const hits = await readHits(hitIds, locale, tokens.length ? searchTerms(tokens).words : []);

  const pageCount = Math.max(1, Math.ceil(total / size));
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, facetValues(labels[facet], counts.get(facet)!, query[facet])]),
  ) as Record<FacetName, FacetValue[]>;
  return { hits, total, page: Math.min(query.page, pageCount), pageCount, facets };
}

/** Listings without text are few (filters × sorts × pages) and the most visited: cached until
 * the directory or the taxonomy changes. Searches are not: their keys are unbounded. */
const runCachedListing = unstable_cache(
  (query: ListingQuery, locale: UiLocale, size: number) => runSearch(query, locale, size, []),
  ["search-listing"],
  { tags: [CacheTags.directory, CacheTags.taxonomy] },
);

/**
 * The public listing: published initiatives matching the text (ranked across every language's
 * names, aliases, summaries, descriptions and places; diacritic-, script- and typo-tolerant) and
 * the filters (OR within a facet, AND across facets), one page of cards with highlighted
 * snippets, and disjunctive facet counts. The search statement (lib/search/statement.ts) runs in
 * a short transaction with its settings, beside the cached facet labels; then one read of the
 * page's cards.
 */
export function searchInitiatives(
  query: ListingQuery,
  locale: UiLocale,
  pageSize: number = PAGE_SIZE,
): Promise<SearchResult> {
  const size = Math.min(Math.max(Math.trunc(pageSize) || PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const tokens = queryTokens(query.q.slice(0, QUERY_MAX_LENGTH));
  return tokens.length
    ? runSearch(query, locale, size, tokens)
    : runCachedListing({ ...query, q: "" }, locale, size);
}
