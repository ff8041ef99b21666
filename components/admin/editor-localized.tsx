"use client";

import { Said, useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  describedBy,
  errorId,
  fieldId,
  inputClass,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/i18n/locales";
import { TAB_LOCALES } from "@/lib/initiatives/editor-schema";

type LocalizedMap = Partial<Record<ContentLocale, string>>;

/**
 * Inputs for a short text kept per language ({"en": "Founder", "ru": "Основательница"}): English,
 * Russian and Kazakh always, the other languages behind a disclosure (open once one is filled).
 */
export function LocalizedInputs({
  path,
  label,
  value,
  onChange,
  errors,
  maxLength,
}: {
  path: string;
  label: string;
  value: LocalizedMap;
  onChange: (value: LocalizedMap) => void;
  errors: FieldErrors;
  maxLength: number;
}) {
  const { m, fmt } = useAdminText();
  const others = CONTENT_LOCALES.filter((locale) => !TAB_LOCALES.includes(locale));
  const input = (locale: ContentLocale) => {
    const localePath = `${path}.${locale}`;
    return (
      <div key={locale} className="space-y-1">
        <label htmlFor={fieldId(localePath)} className="block text-sm">
          {label}{" "}
          <span className="text-slate-600 dark:text-slate-400">({m.editor.languages[locale]})</span>
        </label>
        <input
          id={fieldId(localePath)}
          lang={locale}
          value={value[locale] ?? ""}
          maxLength={maxLength}
          onChange={(event) => onChange({ ...value, [locale]: event.target.value })}
          aria-invalid={errors[localePath]?.length ? true : undefined}
          aria-describedby={describedBy(localePath, errors)}
          className={inputClass}
        />
        {errors[localePath]?.length ? (
          <p id={errorId(localePath)} className="text-sm text-red-700 dark:text-red-400">
            <Said texts={errors[localePath]} />
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <div className="space-y-2">
      <div className="grid gap-3 sm:grid-cols-3">{TAB_LOCALES.map(input)}</div>
      <details open={others.some((locale) => value[locale])}>
        <summary className="cursor-pointer text-sm text-slate-700 dark:text-slate-300">
          {fmt(m.editor.fields.inOtherLanguages, { label })}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">{others.map(input)}</div>
      </details>
    </div>
  );
}
