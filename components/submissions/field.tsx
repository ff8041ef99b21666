"use client";

import { useState, type ReactNode } from "react";
import { format } from "@/lib/i18n/format";
import { describedBy, fieldIds, useSubmitForm } from "./form-context";

export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-[invalid=true]:border-red-400";

export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p
      id={id}
      aria-live="polite"
      className="mt-1 text-sm font-medium text-red-700 dark:text-red-300"
    >
      {message ?? ""}
    </p>
  );
}

export function Label({
  htmlFor,
  children,
  required,
}: {
  htmlFor: string;
  children: ReactNode;
  required?: boolean;
}) {
  const { t } = useSubmitForm();
  return (
    <label htmlFor={htmlFor} className="block font-medium">
      {children}
      {required ? (
        <span className="text-red-700 dark:text-red-300">
          <span aria-hidden="true"> *</span>
          <span className="sr-only"> ({t.required})</span>
        </span>
      ) : (
        <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
          {" "}
          ({t.optional})
        </span>
      )}
    </label>
  );
}

export function Help({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
      {children}
    </p>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  help?: string;
  required?: boolean;
  /** Shows a character counter against this limit. */
  max?: number;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "email" | "number";
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "text";
}

/** A labelled text input or textarea with help, a live character counter and its error. */
export function TextField({
  name,
  label,
  help,
  required,
  max,
  multiline,
  rows = 4,
  type = "text",
  autoComplete = "off",
  inputMode,
}: TextFieldProps) {
  const { locale, t, text, error } = useSubmitForm();
  const ids = fieldIds(name);
  const initial = text(name);
  const [length, setLength] = useState(initial.length);
  const message = error(name);
  const counterId = `${ids.id}-count`;
  const props = {
    id: ids.id,
    name,
    defaultValue: initial,
    required,
    "aria-required": required || undefined,
    "aria-invalid": message ? true : undefined,
    "aria-describedby": describedBy(help && ids.help, max ? counterId : undefined, ids.error),
    autoComplete,
    className: inputClass,
    onInput: (event: { currentTarget: { value: string } }) =>
      setLength(event.currentTarget.value.length),
  };
  return (
    <div>
      <Label htmlFor={ids.id} required={required}>
        {label}
      </Label>
      {help ? <Help id={ids.help}>{help}</Help> : null}
      {multiline ? (
        <textarea {...props} rows={rows} />
      ) : (
        <input {...props} type={type} inputMode={inputMode} />
      )}
      {max ? (
        <p
          id={counterId}
          className={`mt-1 text-right text-xs ${length > max ? "font-semibold text-red-700 dark:text-red-300" : "text-slate-500 dark:text-slate-400"}`}
        >
          {format(locale, t.counter, { count: length, max })}
        </p>
      ) : null}
      <FieldError id={ids.error} message={message} />
    </div>
  );
}
