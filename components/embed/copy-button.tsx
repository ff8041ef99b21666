"use client";

import { useState } from "react";

/** Copies the snippet; without JavaScript the code stays selectable in its text box. */
export function CopyButton({
  targetId,
  label,
  done,
}: {
  targetId: string;
  label: string;
  done: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
      onClick={async () => {
        const text = (document.getElementById(targetId) as HTMLTextAreaElement | null)?.value;
        if (!text) return;
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
