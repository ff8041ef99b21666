"use client";

import type { TaxonOption } from "@/lib/submissions/public-queries";
import { FieldError, Help, Label, inputClass } from "./field";
import { describedBy, fieldIds, useSubmitForm } from "./form-context";

/** A required set of checkboxes (countries, causes) in a fieldset whose legend names it. */
export function CheckboxGroup({
  name,
  legend,
  help,
  options,
  columns = "sm:grid-cols-2",
}: {
  name: string;
  legend: string;
  help: string;
  options: TaxonOption[];
  columns?: string;
}) {
  const { t, list, error } = useSubmitForm();
  const ids = fieldIds(name);
  const chosen = list(name);
  const message = error(name);
  return (
    <fieldset
      id={ids.id}
      tabIndex={-1}
      aria-describedby={describedBy(ids.help, ids.error)}
      aria-invalid={message ? true : undefined}
    >
      <legend className="font-medium">
        {legend}
        <span className="text-red-700 dark:text-red-300">
          <span aria-hidden="true"> *</span>
          <span className="sr-only"> ({t.required})</span>
        </span>
      </legend>
      <Help id={ids.help}>{help}</Help>
      <div className={`mt-2 grid gap-x-4 gap-y-1 ${columns}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex items-start gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50 dark:hover:bg-slate-900"
          >
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
              className="accent-brand-700 mt-1 size-4 shrink-0"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={ids.error} message={message} />
    </fieldset>
  );
}

export function SelectField({
  name,
  label,
  options,
  emptyLabel,
}: {
  name: string;
  label: string;
  options: TaxonOption[];
  emptyLabel: string;
}) {
  const { text, error } = useSubmitForm();
  const ids = fieldIds(name);
  const message = error(name);
  return (
    <div>
      <Label htmlFor={ids.id}>{label}</Label>
      <select
        id={ids.id}
        name={name}
        defaultValue={text(name)}
        aria-invalid={message ? true : undefined}
        aria-describedby={ids.error}
        className={inputClass}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={ids.error} message={message} />
    </div>
  );
}

/** A single checkbox with its explanation (at risk, consent, duplicate confirmation). */
export function CheckboxField({
  name,
  label,
  help,
  required,
}: {
  name: string;
  label: string;
  help?: string;
  required?: boolean;
}) {
  const { t, flag, error } = useSubmitForm();
  const ids = fieldIds(name);
  const message = error(name);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={ids.id}
          type="checkbox"
          name={name}
          defaultChecked={flag(name)}
          required={required}
          aria-required={required || undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(help && ids.help, ids.error)}
          className="accent-brand-700 mt-1 size-5 shrink-0"
        />
        <div>
          <label htmlFor={ids.id} className="font-medium">
            {label}
            {required ? (
              <span className="text-red-700 dark:text-red-300">
                <span aria-hidden="true"> *</span>
                <span className="sr-only"> ({t.required})</span>
              </span>
            ) : null}
          </label>
          {help ? <Help id={ids.help}>{help}</Help> : null}
        </div>
      </div>
      <FieldError id={ids.error} message={message} />
    </div>
  );
}
