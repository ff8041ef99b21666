import { z } from "zod";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";

/** Longest query text considered; longer input is cut, never refused. */
export const QUERY_MAX_LENGTH = 200;
export const PAGE_SIZE = 12;

export const SORTS = ["relevance", "recent", "name"] as const;
export type Sort = (typeof SORTS)[number];

export const ACTIVITY = ["active", "paused", "closed"] as const;

/** One value or several (`?country=KZ&country=UZ`), as URLSearchParams and Next give them. */
const many = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      // Unknown or malformed values are dropped: a shared link with a stale filter still works.
      const valid = list.flatMap((entry) => {
        const parsed = item.safeParse(entry.trim());
        return parsed.success ? [parsed.data as z.output<T>] : [];
      });
      return [...new Set(valid)].slice(0, max);
    });

/**
 * The listing's URL contract: q, country (ISO2, repeatable), cause (slug, repeatable), type
 * (repeatable), lang (content locale, repeatable), status (repeatable), sort, page.
 * Lenient by design: bad values are ignored so that every URL renders a page.
 */
export const ListingQuerySchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => {
      const text = (Array.isArray(value) ? value[0] : value) ?? "";
      return text.replace(/\s+/g, " ").trim().slice(0, QUERY_MAX_LENGTH).trim();
    }),
  country: many(
    z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/)),
    10,
  ),
  cause: many(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), 20),
  type: many(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), 10),
  lang: many(z.enum(CONTENT_LOCALES), CONTENT_LOCALES.length),
  status: many(z.enum(ACTIVITY), ACTIVITY.length),
  sort: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => {
      const sort = Array.isArray(value) ? value[0] : value;
      return (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : undefined;
    }),
  page: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => {
      const page = Number.parseInt((Array.isArray(value) ? value[0] : value) ?? "1", 10);
      return Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1;
    }),
});

export type ListingQuery = z.output<typeof ListingQuerySchema>;

/** The sort in effect: relevance when searching, else recently published. */
export function effectiveSort(query: ListingQuery): Sort {
  if (query.sort === "relevance" && !query.q) return "recent";
  return query.sort ?? (query.q ? "relevance" : "recent");
}

/** Serialises a listing query back to URL parameters (defaults left out, stable order). */
export function toSearchParams(query: Partial<ListingQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of ["country", "cause", "type", "lang", "status"] as const) {
    for (const value of query[key] ?? []) params.append(key, value);
  }
  if (query.sort) params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params;
}
