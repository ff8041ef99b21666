import type { ReactNode } from "react";
import { Said } from "@/components/admin/admin-i18n-provider";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import type { ContentLocale } from "@/lib/i18n/locales";
import type { InitiativeEditorInput } from "@/lib/initiatives/editor-schema";

/**
 * Field primitives of the initiative editor. Every field's id comes from its path in the editor
 * values ("links.0.value" → "f-links-0-value"), so server and client errors (keyed by path) find
 * their field, and the error summary can link to it. No hooks: usable on the server too (error
 * messages, which are codes, are put into words by the client component Said).
 */

export type FieldErrors = Record<string, string[] | undefined>;

export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;
const hintId = (path: string) => `${fieldId(path)}-hint`;

/** A readable name for a field path: "translations.ru.name" → "Name (Russian)". */
export function fieldLabel(m: AdminMessages, path: string): string {
  const language = (code: string | undefined) =>
    m.editor.languages[code as ContentLocale] ?? code ?? "";
  const leaf = (key: string) => (m.editor.leaves as Record<string, string>)[key];
  const [head = "", ...rest] = path.split(".");
  if (head === "translations") {
    const [locale, field] = rest;
    const what = (field ? (leaf(field) ?? field) : m.editor.leaves.content) || "";
    return labelIn(m, `${what[0]?.toUpperCase() ?? ""}${what.slice(1)}`, language(locale));
  }
  const section = (m.editor.labels as Record<string, string>)[head] ?? head;
  // "Link 1", not "Link 1 value": a link row's value is the link itself.
  if (head === "links" && rest[1] === "value") rest.pop();
  const parts = rest
    .filter((part) => part !== "id")
    .map((part) =>
      /^\d+$/.test(part)
        ? String(Number(part) + 1)
        : (m.editor.languages[part as ContentLocale] ?? leaf(part) ?? part),
    );
  return [section, ...parts].filter(Boolean).join(" ");
}

const labelIn = (m: AdminMessages, label: string, language: string) =>
  m.editor.fields.withLanguage.replace("{label}", label).replace("{language}", language);

export const inputClass =
  "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-600 disabled:bg-slate-100 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400 dark:disabled:bg-slate-900";
export const buttonClass =
  "inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800";
export const dangerButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-lg border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950";
export const sectionClass =
  "space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900";

/** aria-describedby for a field: its hint and its error, when present. */
export function describedBy(path: string, errors: FieldErrors, hint?: boolean, extra?: string) {
  const ids = [hint ? hintId(path) : "", errors[path]?.length ? errorId(path) : "", extra ?? ""];
  return ids.filter(Boolean).join(" ") || undefined;
}

export function FieldError({ path, errors }: { path: string; errors: FieldErrors }) {
  const messages = errors[path];
  return (
    <p id={errorId(path)} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
      <Said texts={messages} />
    </p>
  );
}

export function Hint({ path, children }: { path: string; children: ReactNode }) {
  return (
    <p id={hintId(path)} className="text-sm text-slate-600 dark:text-slate-400">
      {children}
    </p>
  );
}

interface BaseProps {
  path: string;
  label: ReactNode;
  errors: FieldErrors;
  hint?: ReactNode;
  required?: boolean;
  lang?: string;
  className?: string;
}

function Label({ path, label, required }: Pick<BaseProps, "path" | "label" | "required">) {
  return (
    <label htmlFor={fieldId(path)} className="block text-sm font-medium">
      {label}
      {required ? (
        <span className="text-red-700 dark:text-red-400" aria-hidden="true">
          {" "}
          *
        </span>
      ) : null}
    </label>
  );
}

export function TextField({
  path,
  label,
  errors,
  hint,
  required,
  lang,
  className,
  value,
  onChange,
  maxLength,
  type = "text",
  inputMode,
  placeholder,
  describedByExtra,
}: BaseProps & {
  value: string | number | null;
  onChange: (value: string) => void;
  maxLength?: number;
  type?: "text" | "url" | "date" | "email";
  inputMode?: "numeric" | "decimal" | "url";
  placeholder?: string;
  describedByExtra?: string;
}) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <Label path={path} label={label} required={required} />
      <input
        id={fieldId(path)}
        type={type}
        lang={lang}
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value)}
        maxLength={maxLength}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={errors[path]?.length ? true : undefined}
        aria-describedby={describedBy(path, errors, Boolean(hint), describedByExtra)}
        aria-required={required || undefined}
        className={inputClass}
      />
      {hint ? <Hint path={path}>{hint}</Hint> : null}
      <FieldError path={path} errors={errors} />
    </div>
  );
}

/** A year typed as digits (the schema checks the range). */
export function YearField(props: Omit<Parameters<typeof TextField>[0], "inputMode" | "maxLength">) {
  return <TextField {...props} inputMode="numeric" maxLength={4} />;
}

export function TextArea({
  path,
  label,
  errors,
  hint,
  required,
  lang,
  className,
  value,
  onChange,
  rows = 3,
  maxLength,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <Label path={path} label={label} required={required} />
      <textarea
        id={fieldId(path)}
        lang={lang}
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors[path]?.length ? true : undefined}
        aria-describedby={describedBy(path, errors, Boolean(hint))}
        className={inputClass}
      />
      {hint ? <Hint path={path}>{hint}</Hint> : null}
      <FieldError path={path} errors={errors} />
    </div>
  );
}

export function SelectField<T extends string>({
  path,
  label,
  errors,
  hint,
  required,
  className,
  value,
  onChange,
  options,
}: BaseProps & {
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
}) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <Label path={path} label={label} required={required} />
      <select
        id={fieldId(path)}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        aria-invalid={errors[path]?.length ? true : undefined}
        aria-describedby={describedBy(path, errors, Boolean(hint))}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? <Hint path={path}>{hint}</Hint> : null}
      <FieldError path={path} errors={errors} />
    </div>
  );
}

export function Checkbox({
  path,
  label,
  errors,
  hint,
  checked,
  onChange,
}: BaseProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={fieldId(path)}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy(path, errors, Boolean(hint))}
          className="accent-brand-700 mt-1 size-4"
        />
        <label htmlFor={fieldId(path)} className="text-sm font-medium">
          {label}
        </label>
      </div>
      {hint ? <Hint path={path}>{hint}</Hint> : null}
      <FieldError path={path} errors={errors} />
    </div>
  );
}

/** A titled part of the editor. */
export function EditorSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={sectionClass}>
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {description ? (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** Applies a change to a copy of the editor values (the form's only way to change them). */
export type EditorUpdate = (change: (draft: InitiativeEditorInput) => void) => void;
