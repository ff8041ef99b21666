"use client";

import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  describedBy,
  FieldError,
  fieldId,
  SelectField,
  type EditorUpdate,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import type { EditorOptions } from "@/lib/initiatives/admin-queries";
import { EDITOR_LIMITS, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";

type Values = Pick<InitiativeEditorInput, "countries" | "causes" | "primaryCauseId" | "orgTypeId">;

const toggle = (list: string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((entry) => entry !== item);

/** Countries, causes with the primary one, and the type of organisation. */
export function EditorTaxonomy({
  values,
  options,
  update,
  errors,
}: {
  values: Values;
  options: Pick<EditorOptions, "countries" | "causes" | "orgTypes">;
  update: EditorUpdate;
  errors: FieldErrors;
}) {
  const { m, fmt } = useAdminText();
  const x = m.editor.taxonomy;
  const countryError = Object.keys(errors).find((key) => key.startsWith("countries"));
  const causeError = Object.keys(errors).find((key) => key.startsWith("causes"));
  return (
    <div className="space-y-6">
      <fieldset
        id={fieldId("countries")}
        aria-describedby={countryError ? describedBy(countryError, errors) : undefined}
        className="space-y-2"
      >
        <legend className="text-base font-semibold">
          {x.countries} <span className="text-sm font-normal">{x.countriesHint}</span>
        </legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {options.countries.map((country) => (
            <label key={country.code} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="accent-brand-700 size-4"
                checked={values.countries.includes(country.code)}
                onChange={(event) =>
                  update((draft) => {
                    draft.countries = toggle(draft.countries, country.code, event.target.checked);
                  })
                }
              />
              {country.name}
            </label>
          ))}
        </div>
        {countryError ? <FieldError path={countryError} errors={errors} /> : null}
      </fieldset>

      <fieldset
        id={fieldId("causes")}
        aria-describedby={causeError ? describedBy(causeError, errors) : undefined}
        className="space-y-2"
      >
        <legend className="text-base font-semibold">
          {x.causes}{" "}
          <span className="text-sm font-normal">
            {fmt(x.causesHint, { max: EDITOR_LIMITS.causes })}
          </span>
        </legend>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {options.causes.map((cause) => {
            const checked = values.causes.includes(cause.id);
            const primaryId = `primary-${cause.id}`;
            return (
              <li
                key={cause.id}
                className="flex flex-wrap items-center justify-between gap-2 px-3 py-2"
              >
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="accent-brand-700 size-4"
                    checked={checked}
                    onChange={(event) =>
                      update((draft) => {
                        draft.causes = toggle(draft.causes, cause.id, event.target.checked);
                        if (!event.target.checked && draft.primaryCauseId === cause.id)
                          draft.primaryCauseId = "";
                        if (event.target.checked && !draft.primaryCauseId)
                          draft.primaryCauseId = cause.id;
                      })
                    }
                  />
                  {cause.name}
                </label>
                <span className="flex items-center gap-1 text-sm">
                  <input
                    id={primaryId}
                    type="radio"
                    name="primaryCause"
                    className="accent-brand-700 size-4"
                    disabled={!checked}
                    checked={values.primaryCauseId === cause.id}
                    onChange={() => update((draft) => void (draft.primaryCauseId = cause.id))}
                    aria-describedby={describedBy("primaryCauseId", errors)}
                  />
                  <label
                    htmlFor={primaryId}
                    className={checked ? "" : "text-slate-400 dark:text-slate-500"}
                  >
                    {x.primary}
                    <span className="sr-only"> {fmt(x.primaryOf, { name: cause.name })}</span>
                  </label>
                </span>
              </li>
            );
          })}
        </ul>
        {causeError ? <FieldError path={causeError} errors={errors} /> : null}
        <div id={fieldId("primaryCauseId")} tabIndex={-1}>
          <FieldError path="primaryCauseId" errors={errors} />
        </div>
      </fieldset>

      <SelectField
        path="orgTypeId"
        label={x.orgType}
        value={values.orgTypeId}
        onChange={(orgTypeId) => update((draft) => void (draft.orgTypeId = orgTypeId))}
        errors={errors}
        options={[
          { value: "", label: x.notSet },
          ...options.orgTypes.map((type) => ({ value: type.id, label: type.name })),
        ]}
      />
    </div>
  );
}
