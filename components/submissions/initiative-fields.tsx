"use client";

import type { ReactNode } from "react";
import { format } from "@/lib/i18n/format";
import type { SubmissionTaxonomyOptions } from "@/lib/submissions/public-queries";
import { SUBMISSION_LIMITS } from "@/lib/submissions/schemas";
import { CheckboxField, CheckboxGroup, SelectField } from "./choice-fields";
import { TextField } from "./field";
import { useSubmitForm } from "./form-context";
import { LinkRows } from "./link-rows";
import { Section } from "./section";

/** The proposed initiative's fields: shared by the submission form and the status page's editor. */
export function InitiativeFields({
  options,
  children,
}: {
  options: SubmissionTaxonomyOptions;
  /** More fields at the end of the first section (the logo, on the submission form). */
  children?: ReactNode;
}) {
  const { locale, t } = useSubmitForm();
  const f = t.fields;
  return (
    <>
      <Section title={t.sections.initiative}>
        <TextField
          name="name"
          label={f.name}
          help={f.nameHelp}
          required
          max={SUBMISSION_LIMITS.name}
        />
        <TextField
          name="altName"
          label={f.altName}
          help={f.altNameHelp}
          max={SUBMISSION_LIMITS.name}
        />
        <TextField
          name="summary"
          label={f.summary}
          help={f.summaryHelp}
          required
          multiline
          rows={3}
          max={SUBMISSION_LIMITS.summary}
        />
        <TextField
          name="description"
          label={f.description}
          help={f.descriptionHelp}
          multiline
          rows={8}
          max={SUBMISSION_LIMITS.description}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            name="orgType"
            label={f.orgType}
            options={options.orgTypes}
            emptyLabel={f.orgTypeNone}
          />
          <TextField name="foundedYear" label={f.foundedYear} inputMode="numeric" />
        </div>
        {children}
      </Section>

      <Section title={t.sections.where}>
        <CheckboxGroup
          name="countries"
          legend={f.countries}
          help={format(locale, f.countriesHelp, { max: SUBMISSION_LIMITS.countries })}
          options={options.countries}
        />
        <TextField name="city" label={f.city} help={f.cityHelp} max={SUBMISSION_LIMITS.city} />
        <CheckboxGroup
          name="causes"
          legend={f.causes}
          help={format(locale, f.causesHelp, { max: SUBMISSION_LIMITS.causes })}
          options={options.causes}
        />
        <CheckboxField name="atRisk" label={f.atRisk} help={f.atRiskHelp} />
      </Section>

      <Section title={t.sections.links}>
        <LinkRows />
      </Section>
    </>
  );
}
