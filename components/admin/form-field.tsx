import type { ReactNode } from "react";
import { Said } from "@/components/admin/admin-i18n-provider";

export const inputClass =
  "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-950 dark:aria-[invalid=true]:border-red-400";

/** The ids a field's description points at: its hint and its error, when present. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
      {children}
    </p>
  );
}

/** A field's error: an encoded message code (put into words here) or plain text. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
      <Said texts={[error]} />
    </p>
  );
}

interface TextFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  type?: "text" | "email" | "password" | "number" | "date" | "search";
  defaultValue?: string | number;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  autoComplete?: string;
  readOnly?: boolean;
  multiline?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
}

/** A labelled input with its hint and error beneath, both tied to it by aria-describedby. */
export function TextField({ id, label, hint, error, multiline, ...input }: TextFieldProps) {
  const common = {
    id,
    name: input.name,
    defaultValue: input.defaultValue,
    required: input.required,
    readOnly: input.readOnly,
    maxLength: input.maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={input.type ?? "text"}
          autoComplete={input.autoComplete}
          min={input.min}
          max={input.max}
        />
      )}
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} error={error} />
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  hint?: ReactNode;
}

export function SelectField({
  id,
  name,
  label,
  options,
  defaultValue,
  error,
  hint,
}: SelectFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} error={error} />
    </div>
  );
}
