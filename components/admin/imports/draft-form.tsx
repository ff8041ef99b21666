"use client";

import { useActionState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { FieldError, SelectField, TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/i18n/locales";
import { draftCandidateAction } from "@/lib/imports/actions";
import { EDITOR_LIMITS } from "@/lib/initiatives/editor-schema";

export interface DraftDefaults {
  name: string;
  locale: ContentLocale;
  countries: string[];
  causes: string[];
}

const asList = (value: unknown): string[] =>
  value === undefined ? [] : [value].flat().filter((v): v is string => typeof v === "string");

function Choices({
  id,
  name,
  legend,
  hint,
  options,
  checked,
  error,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset
      aria-describedby={
        [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim() || undefined
      }
      aria-invalid={error ? true : undefined}
    >
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="size-4"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** The few choices a draft needs, pre-filled from the candidate's hints; the rest is the editor's. */
export function DraftForm({
  candidateId,
  defaults,
  countries,
  causes,
}: {
  candidateId: string;
  defaults: DraftDefaults;
  countries: { code: string; name: string }[];
  causes: { id: string; name: string }[];
}) {
  const { m } = useAdminText();
  const copy = m.imports.draft;
  const [state, action] = useActionState(draftCandidateAction, undefined);
  const values = state?.values;
  const errors = state?.fieldErrors ?? {};
  const name = typeof values?.name === "string" ? values.name : defaults.name;
  const locale = typeof values?.locale === "string" ? values.locale : defaults.locale;
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="candidateId" value={candidateId} />
      <TextField
        id="draft-name"
        name="name"
        label={copy.name}
        hint={copy.nameHint}
        defaultValue={name}
        maxLength={EDITOR_LIMITS.name}
        required
        error={errors.name?.[0]}
      />
      <SelectField
        id="draft-locale"
        name="locale"
        label={copy.locale}
        defaultValue={locale}
        options={CONTENT_LOCALES.map((l) => ({ value: l, label: m.taxonomy.languages[l] }))}
        error={errors.locale?.[0]}
      />
      <Choices
        id="draft-countries"
        name="countries"
        legend={copy.countries}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
        checked={values ? asList(values.countries) : defaults.countries}
        error={errors.countries?.[0]}
      />
      <Choices
        id="draft-causes"
        name="causes"
        legend={copy.causes}
        hint={copy.causesHint}
        options={causes.map((c) => ({ value: c.id, label: c.name }))}
        checked={values ? asList(values.causes) : defaults.causes}
        error={errors.causes?.[0]}
      />
      <FieldError id="draft-form" error={errors.form?.[0]} />
      <div className="w-full sm:w-56">
        <SubmitButton pendingLabel={copy.pending}>{copy.submit}</SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
