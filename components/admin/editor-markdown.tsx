"use client";

import { useDeferredValue } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  describedBy,
  FieldError,
  fieldId,
  Hint,
  inputClass,
  type FieldErrors,
} from "@/components/admin/editor-fields";
import { Markdown } from "@/components/ui/markdown";

/**
 * A Markdown textarea with a live preview rendered by the site's own sanitized renderer (raw HTML
 * is skipped, links limited to http(s) and mailto), so the preview is what visitors will see.
 */
export function MarkdownEditor({
  path,
  label,
  lang,
  value,
  onChange,
  errors,
  maxLength,
}: {
  path: string;
  label: string;
  lang: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  maxLength: number;
}) {
  const { m, fmt, locale } = useAdminText();
  const preview = useDeferredValue(value);
  const previewId = `${fieldId(path)}-preview`;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId(path)} className="block text-sm font-medium">
        {label}
      </label>
      <div className="grid gap-3 lg:grid-cols-2">
        <textarea
          id={fieldId(path)}
          lang={lang}
          rows={14}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={errors[path]?.length ? true : undefined}
          aria-describedby={describedBy(path, errors, true)}
          className={`${inputClass} font-mono text-sm`}
        />
        <section
          id={previewId}
          aria-label={fmt(m.editor.markdown.previewOf, { label: label.toLowerCase() })}
          // Scrollable, so it must be reachable by keyboard.
          tabIndex={0}
          className="max-h-96 min-h-32 overflow-auto rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-600"
        >
          {preview.trim() ? (
            <Markdown lang={lang}>{preview}</Markdown>
          ) : (
            <p className="text-slate-500 dark:text-slate-400">{m.editor.markdown.previewEmpty}</p>
          )}
        </section>
      </div>
      <Hint path={path}>
        {fmt(m.editor.markdown.hint, {
          count: value.length.toLocaleString(locale),
          max: maxLength.toLocaleString(locale),
        })}
      </Hint>
      <FieldError path={path} errors={errors} />
    </div>
  );
}
