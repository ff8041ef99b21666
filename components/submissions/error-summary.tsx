"use client";

import { useEffect, useRef } from "react";
import { format } from "@/lib/i18n/format";
import { parseErrorCode } from "@/lib/submissions/schemas";
import { fieldIds, useSubmitForm } from "./form-context";

/**
 * The list of problems above the form, focused whenever a send fails so keyboard and screen
 * reader users land on it; each entry links to its field.
 */
export function ErrorSummary({ message, focusKey }: { message?: string; focusKey: number }) {
  const { locale, t, errors, error } = useSubmitForm();
  const ref = useRef<HTMLDivElement>(null);
  const fields = Object.keys(errors).filter((field) => errors[field]?.length);

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (!message && fields.length === 0) return null;

  const labels = t.fields as Record<string, string>;
  const labelOf = (field: string) => {
    const link = /^links\.(\d+)\.value$/.exec(field);
    if (link) return format(locale, t.fields.linkValue, { number: Number(link[1]) + 1 });
    return labels[field] ?? labels[parseErrorCode(field).code] ?? field;
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-xl border-2 border-red-600 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      {message ? <p className="font-semibold">{message}</p> : null}
      {fields.length > 0 ? (
        <>
          <p className="mt-2">{format(locale, t.errorSummary, { count: fields.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {fields.map((field) => (
              <li key={field}>
                <a href={`#${fieldIds(field).id}`} className="underline">
                  {labelOf(field)}
                </a>
                : {error(field)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
