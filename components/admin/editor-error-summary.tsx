"use client";

import type { Ref } from "react";
import {
  buttonClass,
  fieldId,
  fieldLabel,
  type FieldErrors,
} from "@/components/admin/editor-fields";

export interface Notice {
  kind: "success" | "error" | "conflict";
  message: string;
}

/**
 * The outcome of a refused save, at the top of the form: focused when it appears, each problem a
 * link to its field. A conflict offers the latest version in a new tab (to compare and copy) and
 * a reload that discards the user's changes, which the user must choose explicitly.
 */
export function EditorErrorSummary({
  ref,
  notice,
  errors,
  onFocusField,
  onDiscard,
}: {
  ref: Ref<HTMLDivElement>;
  notice: Notice | null;
  errors: FieldErrors;
  onFocusField: (path: string) => void;
  onDiscard: () => void;
}) {
  const problems = Object.entries(errors).filter((entry): entry is [string, string[]] =>
    Boolean(entry[1]?.length),
  );
  if (!notice || notice.kind === "success") return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="editor-summary-title"
      className="space-y-3 rounded-xl border-2 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id="editor-summary-title" className="font-semibold">
        {notice.message}
      </h2>
      {notice.kind === "conflict" ? (
        <div className="flex flex-wrap gap-2">
          <a
            href={typeof window === "undefined" ? "#" : window.location.pathname}
            target="_blank"
            rel="noopener"
            className={buttonClass}
          >
            Open the latest version in a new tab
          </a>
          <button type="button" className={buttonClass} onClick={onDiscard}>
            Discard my changes and reload
          </button>
        </div>
      ) : null}
      {problems.length ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {problems.map(([path, messages]) => (
            <li key={path}>
              <a
                href={`#${fieldId(path)}`}
                className="underline"
                onClick={(event) => {
                  event.preventDefault();
                  onFocusField(path);
                }}
              >
                {fieldLabel(path)}: {messages[0]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
