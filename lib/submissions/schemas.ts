import { z } from "zod";
import { LINK_TYPES, normalizeLink, type LinkTypeName } from "@/lib/initiatives/links";

/**
 * The public submission form's one schema, used by the browser (hints before sending) and by the
 * server actions (the check that counts). Errors are codes ("required", "tooLong:200", ...) that
 * the form translates (see SubmissionErrorCode and the `submit.errors` messages), so one schema
 * serves every interface language.
 *
 * `SubmissionData` is what `Submission.data` stores: the proposed initiative, never contact data
 * (that lives in the Submission's own columns so it can be erased on its own).
 */

export const SUBMISSION_LIMITS = {
  name: 200,
  summary: 600,
  description: 5000,
  city: 120,
  countries: 5,
  causes: 5,
  links: 8,
  contactName: 120,
  email: 254,
} as const;

/** Link rows the form shows; without JavaScript this fixed number is all a submitter gets. */
export const FORM_LINK_ROWS = 4;
export const FIRST_FOUNDED_YEAR = 1900;

export type SubmissionErrorCode =
  | "required"
  | "tooLong"
  | "markup"
  | "invalidChar"
  | "email"
  | "telegram"
  | "link"
  | "unknownCountry"
  | "unknownCause"
  | "unknownType"
  | "chooseOne"
  | "tooMany"
  | "year"
  | "consent"
  | "logo";

/** An error as the schema reports it: a code, and for some a parameter after a colon. */
export function errorCode(code: SubmissionErrorCode, param?: string | number): string {
  return param === undefined ? code : `${code}:${param}`;
}

export function parseErrorCode(message: string): { code: string; param: string } {
  const at = message.indexOf(":");
  return at < 0
    ? { code: message, param: "" }
    : { code: message.slice(0, at), param: message.slice(at + 1) };
}

// Markup is refused rather than escaped: a proposal has no use for it, and refusing keeps stored
// data free of anything a later, careless renderer could execute.
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript:/i;
// Control characters other than tab and newlines (the description may have line breaks).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function text(max: number, { multiline = false } = {}) {
  return z
    .string({ error: errorCode("required") })
    .transform((value) => (multiline ? value.replace(/\r\n?/g, "\n").trim() : value.trim()))
    .pipe(
      z
        .string()
        .max(max, { error: errorCode("tooLong", max) })
        .refine((value) => !CONTROL.test(value) && (multiline || !value.includes("\n")), {
          error: errorCode("invalidChar"),
        })
        .refine((value) => !MARKUP.test(value), { error: errorCode("markup") }),
    );
}

const requiredText = (max: number, options?: { multiline?: boolean }) =>
  text(max, options).refine((value) => value.length > 0, { error: errorCode("required") });

/** A list of choices: duplicates dropped, order kept, at most `max`. */
function choices(max: number, pattern: RegExp, unknown: SubmissionErrorCode, known?: string[]) {
  return z
    .array(z.string().trim(), { error: errorCode("chooseOne") })
    .transform((values) => [...new Set(values.filter(Boolean))])
    .pipe(
      z
        .array(z.string())
        .min(1, { error: errorCode("chooseOne") })
        .max(max, { error: errorCode("tooMany", max) })
        .refine((values) => values.every((v) => pattern.test(v) && (!known || known.includes(v))), {
          error: errorCode(unknown),
        }),
    );
}

const COUNTRY_CODE = /^[A-Z]{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const LinkSchema = z.object({
  type: z.enum(LINK_TYPES, { error: errorCode("link", "OTHER") }),
  value: z
    .string()
    .trim()
    .max(2048, { error: errorCode("tooLong", 2048) }),
});

/** Typed links, normalised (normalizeLink); rows left empty are dropped, repeats merged. */
const links = z
  .array(LinkSchema)
  .max(SUBMISSION_LIMITS.links * 2, { error: errorCode("tooMany", SUBMISSION_LIMITS.links) })
  .transform((rows, ctx) => {
    const out: { type: LinkTypeName; value: string }[] = [];
    rows.forEach((row, index) => {
      if (!row.value) return;
      const result = normalizeLink(row.type, row.value);
      if (!result.ok) {
        ctx.addIssue({
          code: "custom",
          path: [index, "value"],
          message: errorCode("link", row.type),
        });
        return;
      }
      if (!out.some((link) => link.type === row.type && link.value === result.url))
        out.push({ type: row.type, value: result.url });
    });
    if (out.length > SUBMISSION_LIMITS.links)
      ctx.addIssue({ code: "custom", message: errorCode("tooMany", SUBMISSION_LIMITS.links) });
    return out;
  });

const foundedYear = z.union([z.number(), z.string(), z.null()]).transform((value, ctx) => {
  if (value === null || (typeof value === "string" && value.trim() === "")) return null;
  const year = typeof value === "number" ? value : Number(value.trim());
  if (!Number.isInteger(year) || year < FIRST_FOUNDED_YEAR || year > new Date().getFullYear()) {
    ctx.addIssue({ code: "custom", message: errorCode("year") });
    return z.NEVER;
  }
  return year;
});

const telegramContact = z
  .string()
  .trim()
  .max(64, { error: errorCode("telegram") })
  .transform((value, ctx) => {
    if (!value) return "";
    const result = normalizeLink("TELEGRAM", value);
    if (!result.ok || !result.handle) {
      ctx.addIssue({ code: "custom", message: errorCode("telegram") });
      return z.NEVER;
    }
    return result.handle;
  });

/** The taxonomy the form offers; the server passes what the database holds. */
export interface SubmissionTaxonomy {
  countries: string[];
  causes: string[];
  orgTypes: string[];
}

/** The keys of the options a form shows (each option's `value`), as the schemas check them. */
export function taxonomyKeys(options: {
  countries: { value: string }[];
  causes: { value: string }[];
  orgTypes: { value: string }[];
}): SubmissionTaxonomy {
  return {
    countries: options.countries.map((o) => o.value),
    causes: options.causes.map((o) => o.value),
    orgTypes: options.orgTypes.map((o) => o.value),
  };
}

/** The proposed initiative's fields (what `Submission.data` stores). */
function dataShape(taxonomy?: SubmissionTaxonomy) {
  return {
    name: requiredText(SUBMISSION_LIMITS.name),
    altName: text(SUBMISSION_LIMITS.name),
    summary: requiredText(SUBMISSION_LIMITS.summary, { multiline: true }),
    description: text(SUBMISSION_LIMITS.description, { multiline: true }),
    countries: choices(
      SUBMISSION_LIMITS.countries,
      COUNTRY_CODE,
      "unknownCountry",
      taxonomy?.countries,
    ),
    city: text(SUBMISSION_LIMITS.city),
    causes: choices(SUBMISSION_LIMITS.causes, SLUG, "unknownCause", taxonomy?.causes),
    orgType: z
      .string()
      .trim()
      .refine(
        (value) =>
          value === "" || (SLUG.test(value) && (!taxonomy || taxonomy.orgTypes.includes(value))),
        { error: errorCode("unknownType") },
      ),
    links,
    foundedYear,
  };
}

/**
 * The form: the initiative plus contact data, consent and the at-risk flag. Unknown keys (a
 * `status`, an `id`) are stripped: a submission can never set anything but these fields.
 */
export function submissionFormSchema(taxonomy?: SubmissionTaxonomy) {
  return z.object({
    ...dataShape(taxonomy),
    contactName: requiredText(SUBMISSION_LIMITS.contactName),
    contactEmail: z
      .string({ error: errorCode("required") })
      .trim()
      .toLowerCase()
      .min(1, { error: errorCode("required") })
      .max(SUBMISSION_LIMITS.email, { error: errorCode("email") })
      .pipe(z.email({ error: errorCode("email") })),
    contactTelegram: telegramContact,
    consent: z.literal(true, { error: errorCode("consent") }),
    atRisk: z.boolean(),
  });
}

/** Without a taxonomy the codes are only checked for shape (the client's hints may use this). */
export const SubmissionFormSchema = submissionFormSchema();
export type SubmissionFormInput = z.input<typeof SubmissionFormSchema>;
export type SubmissionFormValues = z.output<typeof SubmissionFormSchema>;

/** The edit form on the status page: the initiative only (contact data is not editable there). */
export function submissionEditSchema(taxonomy?: SubmissionTaxonomy) {
  return z.object({ ...dataShape(taxonomy), atRisk: z.boolean() });
}

/** Parses `Submission.data` as stored. */
export const SubmissionDataSchema = z.object({
  name: z.string(),
  altName: z.string().default(""),
  summary: z.string().default(""),
  description: z.string().default(""),
  countries: z.array(z.string()).default([]),
  city: z.string().default(""),
  causes: z.array(z.string()).default([]),
  orgType: z.string().default(""),
  links: z.array(z.object({ type: z.enum(LINK_TYPES), value: z.string() })).default([]),
  foundedYear: z.number().int().nullable().default(null),
});
export type SubmissionData = z.output<typeof SubmissionDataSchema>;

/** The stored part of validated form values (contact data and flags left out). */
export function toSubmissionData(values: SubmissionData): SubmissionData {
  return {
    name: values.name,
    altName: values.altName,
    summary: values.summary,
    description: values.description,
    countries: values.countries,
    city: values.city,
    causes: values.causes,
    orgType: values.orgType,
    links: values.links,
    foundedYear: values.foundedYear,
  };
}

const one = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
const all = (formData: FormData, key: string) =>
  formData.getAll(key).filter((value): value is string => typeof value === "string");

/**
 * The form's FormData as the schema's input. Only known fields are read. Link rows arrive as
 * parallel `linkType`/`linkValue` lists (every row sends both), so they pair up by position.
 */
export function submissionInputFromFormData(formData: FormData): Record<string, unknown> {
  const types = all(formData, "linkType");
  const values = all(formData, "linkValue");
  return {
    name: one(formData.get("name")),
    altName: one(formData.get("altName")),
    summary: one(formData.get("summary")),
    description: one(formData.get("description")),
    countries: all(formData, "countries"),
    city: one(formData.get("city")),
    causes: all(formData, "causes"),
    orgType: one(formData.get("orgType")),
    links: values.map((value, index) => ({ type: types[index] ?? "OTHER", value })),
    foundedYear: one(formData.get("foundedYear")),
    contactName: one(formData.get("contactName")),
    contactEmail: one(formData.get("contactEmail")),
    contactTelegram: one(formData.get("contactTelegram")),
    consent: formData.get("consent") === "on" || formData.get("consent") === "true",
    atRisk: formData.get("atRisk") === "on" || formData.get("atRisk") === "true",
  };
}

/** Field errors keyed by path ("name", "links.2.value"), each a list of error codes. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
