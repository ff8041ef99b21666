import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import { EDITOR_LIMITS } from "@/lib/initiatives/editor-schema";

/**
 * The importer's forms and URL state, shared by the browser and the Server Actions. Messages
 * are admin dictionary codes (lib/admin-i18n/codes.ts).
 */

/**
 * Server Action bodies are limited by next.config.mjs (serverActions.bodySizeLimit, 9 MB), so
 * the page takes files up to 8 MB; the CLI (npm run import:feed) and a feed's address take up
 * to MAX_FEED_BYTES.
 */
export const UPLOAD_MAX_MB = 8;
export const UPLOAD_MAX_BYTES = UPLOAD_MAX_MB * 1024 * 1024;

const candidateId = z.uuid({ error: msg("imports.validation.candidate") });

/** An absent file input arrives as an empty File (or not at all, without JavaScript). */
const optionalFile = z
  .unknown()
  .optional()
  .transform((value) => (value instanceof File && value.size > 0 ? value : null));

export const StartImportSchema = z
  .object({
    url: z.string().trim().max(2048).optional().default(""),
    file: optionalFile,
  })
  .superRefine((value, ctx) => {
    if (!value.url && !value.file)
      ctx.addIssue({ code: "custom", path: ["url"], message: msg("imports.validation.source") });
    if (value.url && value.file)
      ctx.addIssue({ code: "custom", path: ["file"], message: msg("imports.validation.both") });
    if (value.file && value.file.size > UPLOAD_MAX_BYTES) {
      ctx.addIssue({
        code: "custom",
        path: ["file"],
        message: msg("imports.validation.fileTooLarge", { size: UPLOAD_MAX_MB }),
      });
    }
  });

/** The candidates list to return to after a decision (never another site's address). */
const back = z
  .string()
  .regex(/^\/admin\/imports\/candidates(\?[^#\\]*)?$/)
  .optional()
  .catch(undefined);

export const CandidateSchema = z.object({ candidateId, back });

export const AttachSchema = z.object({
  candidateId,
  initiativeId: z.uuid({ error: msg("imports.validation.initiative") }),
  back,
});

/** Outcomes shown on the list after a decision redirected back to it. */
export const NOTICES = ["attached", "alreadySource", "dismissed"] as const;

/** Checkbox groups send one value per ticked box: none, one or many. */
const many = <T extends z.ZodType>(item: T, max: number, empty: string) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : [value].flat()),
    z
      .array(item)
      .min(1, { error: empty })
      .max(max, { error: msg("imports.validation.tooMany", { max }) }),
  );

export const DraftSchema = z.object({
  candidateId,
  name: z
    .string()
    .trim()
    .min(1, { error: msg("imports.validation.name") })
    .max(EDITOR_LIMITS.name, {
      error: msg("imports.validation.nameLong", { max: EDITOR_LIMITS.name }),
    }),
  locale: z.enum(CONTENT_LOCALES, { error: msg("imports.validation.locale") }),
  countries: many(
    z.string().regex(/^[A-Z]{2}$/, { error: msg("imports.validation.countries") }),
    EDITOR_LIMITS.countries,
    msg("imports.validation.countries"),
  ),
  causes: many(
    z.uuid({ error: msg("imports.validation.causes") }),
    EDITOR_LIMITS.causes,
    msg("imports.validation.causes"),
  ),
});
export type DraftInput = z.output<typeof DraftSchema>;

export const CANDIDATE_STATUSES = ["NEW", "ATTACHED", "DRAFTED", "DISMISSED"] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** The candidates list's URL state; unknown values fall back to the defaults. */
export const CandidateQuerySchema = z.object({
  status: z
    .enum([...CANDIDATE_STATUSES, "ALL"])
    .catch("NEW")
    .default("NEW"),
  run: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  /** The candidate whose attach form shows search results for `q`. */
  pick: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  notice: z.enum(NOTICES).optional().catch(undefined),
  /** The initiative or story the notice names. */
  subject: z.string().max(300).optional().catch(undefined),
});
export type CandidateQuery = z.output<typeof CandidateQuerySchema>;

/** The candidates list with its filters (not the search or the notice). */
export function listHref(query: Pick<CandidateQuery, "status" | "run">, page: number): string {
  const params = new URLSearchParams({ status: query.status });
  if (query.run) params.set("run", query.run);
  if (page > 1) params.set("page", String(page));
  return `/admin/imports/candidates?${params}`;
}
