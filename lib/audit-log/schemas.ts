import { z } from "zod";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || undefined);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .or(z.literal("").transform(() => undefined));
/** Audit ids are bigint; cursors travel as decimal strings. */
const cursor = z
  .string()
  .regex(/^[1-9]\d{0,18}$/)
  .or(z.literal("").transform(() => undefined));

/** The audit browser's URL state: filters and a keyset cursor (newest first). */
export const AuditFilterSchema = z.object({
  action: text(100),
  actor: text(254),
  entityType: text(60),
  entityId: text(200),
  from: day,
  to: day,
  /** Show entries older than this id (the next page). */
  before: cursor,
  /** Show entries newer than this id (the previous page). */
  after: cursor,
});

export type AuditFilters = { [K in keyof z.infer<typeof AuditFilterSchema>]?: string };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Parses each filter on its own, so one bad value (a hand-edited URL) drops only that filter;
 * `ignored` says whether any was dropped.
 */
export function parseAuditFilters(params: SearchParams): {
  filters: AuditFilters;
  ignored: boolean;
} {
  const filters: AuditFilters = {};
  let ignored = false;
  for (const key of Object.keys(AuditFilterSchema.shape) as (keyof AuditFilters)[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) continue;
    const parsed = AuditFilterSchema.shape[key].safeParse(value);
    if (!parsed.success) ignored = true;
    else if (parsed.data !== undefined) filters[key] = parsed.data;
  }
  if (filters.before && filters.after) {
    delete filters.after;
    ignored = true;
  }
  return { filters, ignored };
}

/** The URL query for a set of filters (empty values left out). */
export function auditQueryString(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
