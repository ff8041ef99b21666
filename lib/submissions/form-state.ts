import { format } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { DuplicateReason } from "./match-keys";
import { FIRST_FOUNDED_YEAR, parseErrorCode } from "./schemas";

/** A text field hidden from people (and from assistive technology); bots fill it in. */
export const HONEYPOT_FIELD = "homepage";
/** The signed time the form was shown (see anti-abuse.ts). */
export const STARTED_FIELD = "startedAt";
/** Where the Turnstile widget puts its token. */
export const TURNSTILE_FIELD = "cf-turnstile-response";

/** What the public form's actions return (ActionState's shape, with a machine-readable outcome). */
export interface SubmitFormState {
  ok: boolean;
  /** The outcome in the submitter's language. */
  message: string;
  outcome?:
    | "invalid"
    | "refused"
    | "tooFast"
    | "expired"
    | "rateLimited"
    | "turnstile"
    | "duplicates"
    | "notFound"
    | "closed"
    | "saved";
  /** Per field ("name", "links.1.value", "logo"): error codes, translated by fieldErrorText. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** What was typed (files left out), to refill the form. */
  values?: Record<string, unknown>;
  /** Candidates the submitter is told about when the proposal looks like a known initiative. */
  duplicates?: PublicDuplicate[];
}

/**
 * A duplicate candidate as the public may see it: published initiatives are named and linked;
 * drafts and other people's pending submissions are only mentioned, never named.
 */
export interface PublicDuplicate {
  kind: "initiative" | "submission";
  name: string | null;
  href: string | null;
  reasons: DuplicateReason[];
}

export type SubmitMessages = Messages["submit"];

/** An error code from the schema or an action, in the submitter's language. */
export function errorText(
  locale: UiLocale,
  messages: SubmitMessages,
  code: string,
  labels: Record<string, string> = {},
): string {
  const { code: name, param } = parseErrorCode(code);
  const errors = messages.errors as Record<string, string>;
  const template = errors[name];
  if (!template) return code;
  return format(locale, template, {
    max: param,
    type: labels[param] ?? param,
    first: String(FIRST_FOUNDED_YEAR),
    last: String(new Date().getFullYear()),
  });
}

/** The first error of a field, in words, or undefined. */
export function fieldErrorText(
  locale: UiLocale,
  messages: SubmitMessages,
  errors: Record<string, string[] | undefined> | undefined,
  field: string,
  labels?: Record<string, string>,
): string | undefined {
  const first = errors?.[field]?.[0];
  return first ? errorText(locale, messages, first, labels) : undefined;
}
