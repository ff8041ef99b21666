import { z } from "zod";
import { CONTENT_LOCALES, UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import {
  ACTIVITY,
  ListingQuerySchema,
  PAGE_SIZE,
  QUERY_MAX_LENGTH,
  SORTS,
  type ListingQuery,
} from "@/lib/search/schemas";

/** Largest page the API serves (searchInitiatives caps its page size at the same number). */
export const MAX_PER_PAGE = 100;
export const MAX_PAGE = 10_000;

export interface ParamError {
  parameter: string;
  detail: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The listing's parameters, checked strictly: the site's listing ignores a bad value so that
 * every shared link renders, but an API client is better told at once that a filter did nothing.
 * Each filter keeps the listing's limits (lib/search/schemas.ts).
 */
const repeatable = (item: z.ZodType<string>, max: number) =>
  z.array(item).max(max, { error: `may be given at most ${max} times` });

const single = <T extends z.ZodType<unknown, string | undefined>>(schema: T) =>
  z
    .array(z.string())
    .max(1, { error: "may be given only once" })
    .transform((values) => values[0])
    .pipe(schema);

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: `must be an integer from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .int()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );

const LocaleParam = single(
  z.enum(UI_LOCALES, { error: `must be one of ${UI_LOCALES.join(", ")}` }).optional(),
);

const ListParamsSchema = z.strictObject(
  {
    q: single(
      z
        .string()
        .max(QUERY_MAX_LENGTH, { error: `must be at most ${QUERY_MAX_LENGTH} characters` })
        .optional(),
    ),
    country: repeatable(
      z.string().regex(/^[A-Za-z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 code" }),
      10,
    ),
    cause: repeatable(z.string().regex(SLUG, { error: "must be a cause slug" }), 20),
    type: repeatable(z.string().regex(SLUG, { error: "must be an organisation type slug" }), 10),
    lang: repeatable(
      z.enum(CONTENT_LOCALES, { error: `must be one of ${CONTENT_LOCALES.join(", ")}` }),
      CONTENT_LOCALES.length,
    ),
    status: repeatable(
      z.enum(ACTIVITY, { error: `must be one of ${ACTIVITY.join(", ")}` }),
      ACTIVITY.length,
    ),
    sort: single(z.enum(SORTS, { error: `must be one of ${SORTS.join(", ")}` }).optional()),
    page: single(integer(1, MAX_PAGE).optional()),
    per_page: single(integer(1, MAX_PER_PAGE).optional()),
    locale: LocaleParam,
  },
  {
    error: (issue) => (issue.code === "unrecognized_keys" ? "is not a known parameter" : undefined),
  },
);

/** URLSearchParams as `name → every value`, with empty values dropped (`?q=&country=KZ`). */
function collect(params: URLSearchParams, names: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const [name, value] of params) {
    if (value === "") continue;
    (out[name] ??= []).push(value);
  }
  return out;
}

function toErrors(error: z.ZodError): ParamError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ parameter: key, detail: issue.message }));
    }
    return [{ parameter: String(issue.path[0] ?? ""), detail: issue.message }];
  });
}

export interface Negotiated {
  locale: UiLocale;
  /** True when the locale came from Accept-Language (the response then varies by it). */
  negotiated: boolean;
}

function pickLocale(given: UiLocale | undefined, acceptLanguage: string | null): Negotiated {
  return given
    ? { locale: given, negotiated: false }
    : { locale: negotiateLocale(undefined, acceptLanguage), negotiated: true };
}

export interface ListParams extends Negotiated {
  query: ListingQuery;
  perPage: number;
}

/** `/api/v1/initiatives` parameters → the listing's own query (so results match the site's). */
export function parseListParams(
  params: URLSearchParams,
  acceptLanguage: string | null,
): Parsed<ListParams> {
  const parsed = ListParamsSchema.safeParse(collect(params, Object.keys(ListParamsSchema.shape)));
  if (!parsed.success) return { ok: false, errors: toErrors(parsed.error) };
  const { locale, per_page, ...listing } = parsed.data;
  return {
    ok: true,
    value: {
      query: ListingQuerySchema.parse({ ...listing, page: listing.page?.toString() }),
      perPage: per_page ?? PAGE_SIZE,
      ...pickLocale(locale, acceptLanguage),
    },
  };
}

const LocaleOnlySchema = z.strictObject(
  { locale: LocaleParam },
  {
    error: (issue) => (issue.code === "unrecognized_keys" ? "is not a known parameter" : undefined),
  },
);

/** Endpoints whose only parameter is `locale`. */
export function parseLocaleParams(
  params: URLSearchParams,
  acceptLanguage: string | null,
): Parsed<Negotiated> {
  const parsed = LocaleOnlySchema.safeParse(collect(params, ["locale"]));
  if (!parsed.success) return { ok: false, errors: toErrors(parsed.error) };
  return { ok: true, value: pickLocale(parsed.data.locale, acceptLanguage) };
}

/** Endpoints that take no parameters at all. */
export function parseNoParams(params: URLSearchParams): Parsed<null> {
  const names = [...new Set(params.keys())];
  return names.length
    ? {
        ok: false,
        errors: names.map((parameter) => ({ parameter, detail: "is not a known parameter" })),
      }
    : { ok: true, value: null };
}

export const isSlug = (value: string) => value.length <= 200 && SLUG.test(value);
