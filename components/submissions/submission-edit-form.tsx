"use client";

import { useActionState, useMemo } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { SubmitFormState } from "@/lib/submissions/form-state";
import { editSubmissionAction } from "@/lib/submissions/public-actions";
import type { SubmissionTaxonomyOptions } from "@/lib/submissions/public-queries";
import { submissionEditSchema, taxonomyKeys } from "@/lib/submissions/schemas";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./field";
import { SubmitFormProvider } from "./form-context";
import { InitiativeFields } from "./initiative-fields";
import { Section } from "./section";
import { useFormFeedback } from "./use-form-feedback";
import { useHydrated } from "./use-hydrated";

const INITIAL: SubmitFormState = { ok: true, message: "" };

/** The status page's editor: the proposal's fields, prefilled with what is stored. */
export function SubmissionEditForm({
  locale,
  token,
  t,
  linkLabels,
  options,
  initial,
  open,
}: {
  locale: UiLocale;
  token: string;
  t: Messages["submit"];
  linkLabels: Messages["links"];
  options: SubmissionTaxonomyOptions;
  initial: Record<string, unknown>;
  /** Shown unfolded (when changes were requested); it also unfolds to show an error. */
  open: boolean;
}) {
  const [state, formAction] = useActionState(editSubmissionAction, INITIAL);
  const hydrated = useHydrated();
  const schema = useMemo(() => submissionEditSchema(taxonomyKeys(options)), [options]);
  const { errors, clientFailed, focusKey, onSubmit } = useFormFeedback(state, schema);
  const values = state.values ?? initial;
  const message = clientFailed ? t.outcome.invalid : state.ok ? undefined : state.message;

  return (
    <SubmitFormProvider value={{ locale, t, linkLabels, values, errors }}>
      <details
        open={open || !state.ok || clientFailed}
        className="rounded-xl border border-slate-200 dark:border-slate-800"
      >
        <summary className="cursor-pointer p-4 text-xl font-semibold sm:px-6">
          {t.status.edit}
        </summary>
        <div className="space-y-4 px-4 pb-6 sm:px-6">
          <p>{t.status.editHelp}</p>
          <form
            key={JSON.stringify(state.values ?? null)}
            action={formAction}
            onSubmit={onSubmit}
            noValidate={hydrated}
            className="space-y-6"
          >
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <ErrorSummary message={message} focusKey={focusKey} />
            <InitiativeFields options={options} />
            <Section title={t.fields.note}>
              <TextField
                name="note"
                label={t.fields.note}
                help={t.fields.noteHelp}
                multiline
                rows={3}
                max={2000}
              />
            </Section>
            <div className="sm:max-w-xs">
              <SubmitButton pendingLabel={t.status.saving}>{t.status.save}</SubmitButton>
            </div>
          </form>
        </div>
      </details>
    </SubmitFormProvider>
  );
}
