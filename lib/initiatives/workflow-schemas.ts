import { z } from "zod";

export const InitiativeIdSchema = z.object({ id: z.uuid({ error: "Unknown initiative." }) });

export const BulkTransitionSchema = z.object({
  ids: z
    .union([z.uuid(), z.array(z.uuid())])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(
      z
        .array(z.uuid())
        .min(1, { error: "Select at least one entry." })
        .max(200, { error: "Select at most 200 entries at a time." }),
    ),
  transition: z.enum(["publish", "unpublish", "archive"], { error: "Choose an action." }),
});

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

export const ScheduleSchema = z.object({
  id: z.uuid({ error: "Unknown initiative." }),
  action: z.enum(["PUBLISH", "UNPUBLISH"], { error: "Choose publish or unpublish." }),
  /** An ISO date-time with an offset (the form converts the local time it shows). */
  runAt: z.coerce
    .date({ error: "Enter a date and time." })
    .refine((date) => date.getTime() > Date.now() - 60_000, {
      error: "Choose a time in the future.",
    })
    .refine((date) => date.getTime() < Date.now() + YEAR_MS, {
      error: "Choose a time within a year.",
    }),
});

export const CancelScheduleSchema = z.object({
  scheduleId: z.uuid({ error: "Unknown schedule." }),
});

export const PreviewLinkSchema = z.object({
  id: z.uuid({ error: "Unknown initiative." }),
  days: z.coerce
    .number()
    .int()
    .min(1, { error: "At least one day." })
    .max(30, { error: "At most 30 days." })
    .default(7),
});
