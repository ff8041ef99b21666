"use client";

import { useActionState, useMemo } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { HONEYPOT_FIELD, STARTED_FIELD, type SubmitFormState } from "@/lib/submissions/form-state";
import { createSubmissionAction } from "@/lib/submissions/public-actions";
import type { SubmissionTaxonomyOptions } from "@/lib/submissions/public-queries";
import { submissionFormSchema, taxonomyKeys } from "@/lib/submissions/schemas";
import { ContactFields, LogoField } from "./contact-fields";
import { DuplicateNotice } from "./duplicate-notice";
import { ErrorSummary } from "./error-summary";
import { SubmitFormProvider } from "./form-context";
import { InitiativeFields } from "./initiative-fields";
import { Turnstile } from "./turnstile";
import { useFormFeedback } from "./use-form-feedback";
import { useHydrated } from "./use-hydrated";

const INITIAL: SubmitFormState = { ok: true, message: "" };

export function SubmissionForm({
  locale,
  t,
  linkLabels,
  options,
  startedAt,
  turnstileSiteKey,
}: {
  locale: UiLocale;
  t: Messages["submit"];
  linkLabels: Messages["links"];
  options: SubmissionTaxonomyOptions;
  /** The signed time the form was shown (anti-abuse: a minimum fill time). */
  startedAt: string;
  turnstileSiteKey: string | null;
}) {
  const [state, formAction] = useActionState(createSubmissionAction, INITIAL);
  const hydrated = useHydrated();
  const schema = useMemo(() => submissionFormSchema(taxonomyKeys(options)), [options]);
  const { errors, clientFailed, focusKey, onSubmit } = useFormFeedback(state, schema);
  const values = state.values ?? {};
  const started =
    typeof values[STARTED_FIELD] === "string" ? (values[STARTED_FIELD] as string) : startedAt;
  const duplicates = state.outcome === "duplicates" ? (state.duplicates ?? []) : [];
  // The duplicate notice carries its own message (and takes focus itself).
  const message = clientFailed
    ? t.outcome.invalid
    : state.ok || duplicates.length > 0
      ? undefined
      : state.message;

  return (
    <SubmitFormProvider value={{ locale, t, linkLabels, values, errors }}>
      {/* A new answer remounts the fields so they show exactly what was sent back. */}
      <form
        key={JSON.stringify(state.values ?? null)}
        action={formAction}
        onSubmit={onSubmit}
        noValidate={hydrated}
        className="space-y-6"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name={STARTED_FIELD} value={started} />
        {/* People never see this field; bots that fill every input do. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="submit-homepage">Leave this empty</label>
          <input
            id="submit-homepage"
            name={HONEYPOT_FIELD}
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>

        <ErrorSummary message={message} focusKey={focusKey} />
        {duplicates.length > 0 ? (
          <DuplicateNotice message={state.message} duplicates={duplicates} />
        ) : null}

        <p className="text-sm text-slate-600 dark:text-slate-400">{t.requiredNote}</p>
        <InitiativeFields options={options}>
          <LogoField />
        </InitiativeFields>
        <ContactFields />

        {turnstileSiteKey ? <Turnstile siteKey={turnstileSiteKey} language={locale} /> : null}
        <div className="sm:max-w-xs">
          <SubmitButton pendingLabel={t.sending}>{t.send}</SubmitButton>
        </div>
      </form>
    </SubmitFormProvider>
  );
}
