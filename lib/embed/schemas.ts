import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { ListingQuerySchema, type ListingQuery } from "@/lib/search/schemas";

export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const SNIPPET_VARIANTS = ["iframe", "script"] as const;
export type SnippetVariant = (typeof SNIPPET_VARIANTS)[number];

export const DEFAULT_LIMIT = 6;
export const MAX_LIMIT = 24;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function oneOf<T extends string>(values: readonly T[], given: string | undefined, fallback: T): T {
  return (values as readonly string[]).includes(given ?? "") ? (given as T) : fallback;
}

/** One country and/or one cause, validated by the listing's own URL contract. */
function filters(params: Params): ListingQuery {
  return ListingQuerySchema.parse({ country: first(params.country), cause: first(params.cause) });
}

export interface EmbedQuery {
  query: ListingQuery;
  theme: Theme;
  limit: number;
}

/**
 * The widget's URL: `country` and/or `cause`, `theme` and `limit` (number of cards). Lenient
 * like the listing: a partner's stale snippet still shows something rather than an error.
 */
export function parseEmbedQuery(params: Params): EmbedQuery {
  const limit = Number.parseInt(first(params.limit) ?? "", 10);
  return {
    query: filters(params),
    theme: oneOf(THEMES, first(params.theme), "auto"),
    limit: Number.isFinite(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
  };
}

export interface SnippetForm {
  country?: string;
  cause?: string;
  lang: UiLocale;
  theme: Theme;
  variant: SnippetVariant;
}

/** The snippet generator's GET form on the open-data page. */
export function parseSnippetForm(params: Params, locale: UiLocale): SnippetForm {
  const { country, cause } = filters(params);
  return {
    country: country[0],
    cause: cause[0],
    lang: oneOf(UI_LOCALES, first(params.lang), locale),
    theme: oneOf(THEMES, first(params.theme), "auto"),
    variant: oneOf(SNIPPET_VARIANTS, first(params.variant), "iframe"),
  };
}
