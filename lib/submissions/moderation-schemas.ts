import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";

/** Preset reasons a moderator picks when rejecting; the submitter reads them in their language. */
export const REJECT_REASONS = [
  "out_of_scope",
  "insufficient_information",
  "not_verifiable",
  "duplicate",
  "commercial",
  "other",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const isRejectReason = (value: string | null): value is RejectReason =>
  (REJECT_REASONS as readonly (string | null)[]).includes(value);

export const MESSAGE_MAX = 4000;

const id = z.uuid({ error: msg("submissions.validation.unknown") });
const text = z
  .string({ error: msg("submissions.validation.invalidChar") })
  .trim()
  .max(MESSAGE_MAX, { error: msg("submissions.validation.tooLong", { max: MESSAGE_MAX }) })
  .refine((value) => !value.includes("\u0000"), {
    error: msg("submissions.validation.invalidChar"),
  });

export const SubmissionIdSchema = z.object({ id });

export const RequestChangesSchema = z.object({
  id,
  message: text.min(1, { error: msg("submissions.validation.message") }),
});

export const RejectSchema = z.object({
  id,
  reason: z.enum(REJECT_REASONS, { error: msg("submissions.validation.reason") }),
  message: text.default(""),
});

export const MergeSchema = z.object({
  id,
  initiativeId: z.uuid({ error: msg("submissions.validation.initiative") }),
});

export const NoteSchema = z.object({
  id,
  message: text.min(1, { error: msg("submissions.validation.note") }),
});

/** The erasure form repeats a word so a slip of the mouse cannot erase anything. */
export const EraseSchema = z.object({
  id,
  confirm: z.literal("ERASE", { error: msg("submissions.validation.confirm") }),
});

/** Queue filters, sort and page: URL state. */
export const SUBMISSION_STATUSES = [
  "NEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "MERGED",
  "REJECTED",
  "SPAM",
] as const;
export const SUBMISSION_SORTS = ["newest", "oldest", "updated"] as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const SubmissionQueueSchema = z.object({
  /** New submissions first: that is the moderators' work. */
  status: z.preprocess(
    first,
    z
      .enum([...SUBMISSION_STATUSES, "all"])
      .default("NEW")
      .catch("NEW"),
  ),
  q: z.preprocess(first, z.string().trim().max(200).optional().catch(undefined)),
  sort: z.preprocess(first, z.enum(SUBMISSION_SORTS).default("newest").catch("newest")),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).default(1).catch(1)),
});
export type SubmissionQueueParams = z.output<typeof SubmissionQueueSchema>;
