"use client";

import type { Ref } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import {
  buttonClass,
  fieldId,
  fieldLabel,
  type FieldErrors,
} from "@/components/admin/editor-fields";

export interface Notice {
  kind: "success" | "error" | "conflict";
  /** Already in words (resolved from the action's code). */
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
  const { m, fmt, say } = useAdminText();
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
            {m.editor.summary.openLatest}
          </a>
          <button type="button" className={buttonClass} onClick={onDiscard}>
            {m.editor.summary.discard}
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
                {fmt(m.editor.summary.problem, {
                  field: fieldLabel(m, path),
                  message: say(messages[0]),
                })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
