"use client";

import { useState } from "react";
import { useHydrated } from "./use-hydrated";

/** The private status link in a read-only field (select-all on focus) with a copy button. */
export function StatusLink({
  url,
  label,
  copyLabel,
  copiedLabel,
}: {
  url: string;
  label: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div>
      <label htmlFor="status-link" className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id="status-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        {hydrated ? (
          <button
            type="button"
            onClick={copy}
            className="bg-brand-700 hover:bg-brand-800 shrink-0 rounded-lg px-4 py-2 font-medium text-white"
          >
            {copied ? copiedLabel : copyLabel}
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? copiedLabel : ""}
      </p>
    </div>
  );
}
