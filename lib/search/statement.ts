import { Prisma } from "@/lib/generated/prisma/client";
import type { UiLocale } from "@/lib/i18n/locales";
import type { ListingQuery, Sort } from "@/lib/search/schemas";
import type { FacetName } from "@/lib/search/types";
import { MIN_PREFIX_LENGTH } from "@/lib/text/fold";

/**
 * The listing's SQL, built from Prisma.sql fragments: every value the user gave (query words,
 * filter values, page, locale) is a bound parameter; only constants of this file are SQL text.
 */

export const FACETS: readonly FacetName[] = ["country", "cause", "type", "lang", "status"];

/** ts_rank_cd weights for D, C, B, A. */
const RANK_WEIGHTS = "{0.1,0.2,0.4,1.0}";
/** Below this many letters a trigram comparison says nothing useful (and scans the index). */
const MIN_TRIGRAM_QUERY = 3;

/**
 * Settings for the search statement, made in its own transaction (set_config(..., true) is SET
 * LOCAL):
 * - no JIT: compiling the statement costs more than running it;
 * - for text searches, pg_trgm's word-similarity threshold lowered from 0.6, which misses one
 *   wrong letter in a nine-letter name ("gorozanym"), to 0.5, which finds it;
 * - and no sequential scan of the documents: the planner prices it without the TOAST reads, so
 *   for a common word it would read and decompress every document (600 ms at 100k initiatives)
 *   where the GIN bitmap reads none (90 ms).
 */
export function searchSettings(tokens: readonly string[]) {
  return tokens.length
    ? Prisma.sql`SELECT set_config('jit', 'off', true),
        set_config('pg_trgm.word_similarity_threshold', '0.5', true),
        set_config('enable_seqscan', 'off', true)`
    : Prisma.sql`SELECT set_config('jit', 'off', true)`;
}

/**
 * The words searched for: one-letter words are dropped when longer ones exist (they would match
 * nearly everything); a query of one-letter words only is matched against names and aliases.
 */
export function searchTerms(tokens: readonly string[]): { words: string[]; namesOnly: boolean } {
  const long = tokens.filter((token) => token.length > 1);
  return long.length ? { words: long, namesOnly: false } : { words: [...tokens], namesOnly: true };
}

/**
 * A tsquery text: every word must match, from three letters on as a prefix (`:*`) unless
 * `prefix` is false; `names` restricts the words to names and aliases (weight A). Tokens are
 * [a-z0-9]+ (lib/text/fold.ts), so the text cannot hold tsquery syntax of the user's; it is a
 * bound parameter all the same.
 */
export function toTsquery(
  words: readonly string[],
  { names = false, prefix = true }: { names?: boolean; prefix?: boolean } = {},
) {
  return words
    .map((word) => {
      const marks = `${prefix && word.length >= MIN_PREFIX_LENGTH ? "*" : ""}${names ? "A" : ""}`;
      return marks ? `${word}:${marks}` : word;
    })
    .join(" & ");
}

/** One way of finding candidates: its condition and the rank it gives them. */
interface Branch {
  where: Prisma.Sql;
  rank: Prisma.Sql;
}

const coverDensity = (query: string) =>
  Prisma.sql`ts_rank_cd(${RANK_WEIGHTS}::float4[], s."head", to_tsquery('simple', ${query}), 32)`;

/**
 * The ways a text finds candidates: the main branch, and a typo-tolerant fallback (trigrams of
 * the names) that the statement runs only when the main branch finds less than a page (see
 * searchStatement). Each is scanned on its own (an OR of them would re-check every condition on
 * every hit, decompressing every hit's document). Ranks: cover density in names and summaries
 * (0..1, on the small `head` vector), plus 1 when every word begins a word of the names, and 1
 * more when every word is a whole word of them: name matches come first, and among them the
 * names that are the words searched for ("bulbul": Būlbūl before "Bulbulkyz …", which at 100k
 * initiatives would otherwise fill the first page); trigram-only matches rank by their name
 * similarity (0.5..1).
 */
function textBranches(tokens: readonly string[]): { main: Branch; fallback?: Branch } {
  const { words, namesOnly } = searchTerms(tokens);
  if (namesOnly) {
    // One-letter words: whole words of the names (a short column, scanned without an index).
    const inNames = words.map(
      (word) => Prisma.sql`(' ' || s."names" || ' ') LIKE ${`% ${word} %`}`,
    );
    return {
      main: {
        where: Prisma.join(inNames, " AND "),
        rank: coverDensity(toTsquery(words, { names: true })),
      },
    };
  }
  const query = toTsquery(words);
  const main: Branch = {
    where: Prisma.sql`s."document" @@ to_tsquery('simple', ${query})`,
    rank: Prisma.sql`${coverDensity(query)}
        + (s."head" @@ to_tsquery('simple', ${toTsquery(words, { names: true })}))::int
        + (s."head" @@ to_tsquery('simple', ${toTsquery(words, { names: true, prefix: false })}))::int`,
  };
  const phrase = tokens.join(" ");
  if (phrase.length < MIN_TRIGRAM_QUERY) return { main };
  return {
    main,
    fallback: {
      where: Prisma.sql`${phrase} <% s."names"`,
      rank: Prisma.sql`word_similarity(${phrase}, s."names")`,
    },
  };
}

/** One boolean per facet: does the row pass that facet's filter (TRUE when none is set)? */
function facetFilters(query: ListingQuery): Record<FacetName, Prisma.Sql> {
  const when = (values: string[], sql: Prisma.Sql) => (values.length ? sql : Prisma.sql`TRUE`);
  const statuses = query.status.map((status) => status.toUpperCase());
  return {
    country: when(query.country, Prisma.sql`s."countryCodes" && ${query.country}::text[]`),
    cause: when(
      query.cause,
      Prisma.sql`s."causeIds" && ARRAY(SELECT id FROM "Cause" WHERE slug = ANY(${query.cause}::text[]))`,
    ),
    type: when(
      query.type,
      Prisma.sql`s."orgTypeId" IN (SELECT id FROM "OrgType" WHERE slug = ANY(${query.type}::text[]))`,
    ),
    lang: when(query.lang, Prisma.sql`s."locales"::text[] && ${query.lang}::text[]`),
    status: when(query.status, Prisma.sql`s."activityStatus"::text = ANY(${statuses}::text[])`),
  };
}

/** Names sort in the alphabet of the interface language (Cyrillic first in ru and kk). */
const COLLATIONS: Record<UiLocale, Prisma.Sql> = {
  en: Prisma.raw(`"en-x-icu"`),
  ru: Prisma.raw(`"ru-x-icu"`),
  kk: Prisma.raw(`"kk-x-icu"`),
};

/** Sort keys; ties broken by id so that pages never overlap. */
function order(sort: Sort, locale: UiLocale): Prisma.Sql {
  switch (sort) {
    case "relevance":
      return Prisma.sql`rank DESC, published_at DESC NULLS LAST, id`;
    case "recent":
      return Prisma.sql`published_at DESC NULLS LAST, id`;
    case "name":
      return Prisma.sql`sort_name COLLATE ${COLLATIONS[locale]}, id`;
  }
}

const flag = (facet: FacetName) => Prisma.raw(`f_${facet}`);

/** Every facet counts the candidates that pass all filters but its own (disjunctive faceting). */
const allBut = (facet: FacetName | null) =>
  Prisma.join(FACETS.filter((other) => other !== facet).map(flag), " AND ");

export interface StatementInput {
  query: ListingQuery;
  tokens: readonly string[];
  sort: Sort;
  locale: UiLocale;
  pageSize: number;
}

/**
 * One statement returns rows (facet, value, count): 'hit' rows (initiative id, position on the
 * page), one 'total' row, and per facet the count of each value. The candidates (published,
 * matching the text) are read once from InitiativeSearch alone, with their facet keys and one
 * flag per facet filter; rank is computed only when sorting by relevance, on the small `head`
 * vector. An out-of-range page gives the last page.
 *
 * The typo fallback runs only when the main branch's matches that pass every filter are fewer
 * than a page: a "did you mean" for misspelt names, not hundreds of loose trigram matches beside
 * real ones (its scan was most of a common word's cost). Its condition on that count is a
 * one-time filter, so PostgreSQL skips the trigram scan altogether otherwise; it leaves out the
 * main branch's hits by id instead of re-testing each candidate's document.
 */
export function searchStatement({ query, tokens, sort, locale, pageSize }: StatementInput) {
  const filters = facetFilters(query);
  const sortName =
    sort === "name" ? Prisma.sql`COALESCE(s."sortNames" ->> ${locale}, '')` : Prisma.sql`NULL`;
  const candidate = ({ where, rank }: Branch) => Prisma.sql`
      SELECT s."initiativeId" AS id, s."publishedAt" AS published_at, s."activityStatus" AS status,
             ${sort === "relevance" ? rank : Prisma.sql`0`} AS rank, ${sortName} AS sort_name,
             s."countryCodes" AS countries, s."causeIds" AS causes, s."orgTypeId" AS org_type,
             s."locales" AS langs,
             ${Prisma.join(FACETS.map((facet) => Prisma.sql`${filters[facet]} AS ${flag(facet)}`))}
      FROM "InitiativeSearch" s
      WHERE s."published" AND ${where}`;
  const { main, fallback } = tokens.length
    ? textBranches(tokens)
    : { main: { where: Prisma.sql`TRUE`, rank: Prisma.sql`0` }, fallback: undefined };
  const all = allBut(null);
  const orderBy = order(sort, locale);
  const candidates = fallback
    ? Prisma.sql`main AS MATERIALIZED (${candidate(main)}),
    candidates AS MATERIALIZED (
      SELECT * FROM main
      UNION ALL
      ${candidate({
        where: Prisma.sql`${fallback.where}
          AND s."initiativeId" NOT IN (SELECT id FROM main)
          AND (SELECT count(*) FROM main WHERE ${all}) < ${pageSize}::int`,
        rank: fallback.rank,
      })}
    )`
    : Prisma.sql`candidates AS MATERIALIZED (${candidate(main)})`;

  return Prisma.sql`
    WITH ${candidates},
    total AS (SELECT count(*)::int AS n FROM candidates WHERE ${all}),
    page AS (
      SELECT id, rank, published_at, sort_name FROM candidates WHERE ${all}
      ORDER BY ${orderBy}
      LIMIT ${pageSize}
      OFFSET (SELECT (GREATEST(LEAST(${query.page}::int, CEIL(n / ${pageSize}::numeric)::int), 1) - 1)
                     * ${pageSize}::int FROM total)
    )
    SELECT 'hit' AS facet, id::text AS value, (row_number() OVER (ORDER BY ${orderBy}))::int AS count
    FROM page
    UNION ALL SELECT 'total', NULL, n FROM total
    UNION ALL
    SELECT 'country', v, count(*)::int
    FROM (SELECT unnest(countries) AS v FROM candidates WHERE ${allBut("country")}) x GROUP BY v
    UNION ALL
    SELECT 'cause', c.slug, x.n
    FROM (SELECT v, count(*)::int AS n
          FROM (SELECT unnest(causes) AS v FROM candidates WHERE ${allBut("cause")}) y GROUP BY v) x
    JOIN "Cause" c ON c.id = x.v
    UNION ALL
    SELECT 'type', o.slug, x.n
    FROM (SELECT org_type, count(*)::int AS n FROM candidates WHERE ${allBut("type")}
          GROUP BY org_type) x
    JOIN "OrgType" o ON o.id = x.org_type
    UNION ALL
    SELECT 'lang', v::text, count(*)::int
    FROM (SELECT unnest(langs) AS v FROM candidates WHERE ${allBut("lang")}) x GROUP BY v
    UNION ALL
    SELECT 'status', lower(status::text), count(*)::int FROM candidates
    WHERE ${allBut("status")} GROUP BY status`;
}
