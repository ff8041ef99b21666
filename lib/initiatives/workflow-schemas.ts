import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";

const unknown = { error: msg("validation.unknown") };

export const InitiativeIdSchema = z.object({ id: z.uuid(unknown) });

export const BULK_TRANSITIONS = ["publish", "unpublish", "archive"] as const;

/** The publication panel's one form: which button was pressed names the transition. */
export const TransitionSchema = z.object({
  id: z.uuid(unknown),
  transition: z.enum(["submit", ...BULK_TRANSITIONS], {
    error: msg("workflow.errors.chooseAction"),
  }),
});

export const BulkTransitionSchema = z.object({
  ids: z
    .union([z.uuid(), z.array(z.uuid())], { error: msg("workflow.errors.selectOne") })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(
      z
        .array(z.uuid(unknown))
        .min(1, { error: msg("workflow.errors.selectOne") })
        .max(200, { error: msg("workflow.errors.selectMax") }),
    ),
  transition: z.enum(BULK_TRANSITIONS, { error: msg("workflow.errors.chooseAction") }),
});

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

export const ScheduleSchema = z.object({
  id: z.uuid(unknown),
  action: z.enum(["PUBLISH", "UNPUBLISH"], { error: msg("workflow.errors.scheduleAction") }),
  /** An ISO date-time with an offset (the form converts the local time it shows). */
  runAt: z.coerce
    .date({ error: msg("workflow.errors.when") })
    .refine((date) => date.getTime() > Date.now() - 60_000, {
      error: msg("workflow.errors.future"),
    })
    .refine((date) => date.getTime() < Date.now() + YEAR_MS, {
      error: msg("workflow.errors.withinYear"),
    }),
});

export const CancelScheduleSchema = z.object({ scheduleId: z.uuid(unknown) });

export const PreviewLinkSchema = z.object({
  id: z.uuid(unknown),
  days: z.coerce
    .number()
    .int()
    .min(1, { error: msg("workflow.errors.daysMin") })
    .max(30, { error: msg("workflow.errors.daysMax") })
    .default(7),
});
