"use client";

import { useState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { formatDateTime } from "@/lib/admin-i18n/format";

/**
 * A freshly issued one-time link: shown once (it lives only in the action's response), selected
 * on focus for copying, with a copy button where the clipboard is available.
 */
export function OneTimeLink({
  id,
  label,
  hint,
  link,
  copyLabel,
  copiedLabel,
}: {
  id: string;
  label: string;
  hint: string;
  link: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="text"
          readOnly
          value={link}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-950"
        />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true));
          }}
          className="shrink-0 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          {copied ? copiedLabel : copyLabel}
        </button>
      </div>
      <p id={`${id}-hint`} className="mt-2 text-sm text-amber-900 dark:text-amber-200">
        {hint}
      </p>
    </div>
  );
}

/**
 * A link an action issued for someone (invitation, password reset): the hint names who to send
 * it to and until when it works ({email}, {date} in the template).
 */
export function IssuedLink({
  id,
  label,
  hint,
  issued,
}: {
  id: string;
  label: string;
  hint: string;
  issued: { link: string; email: string; expiresAt: string };
}) {
  const { m, fmt, locale } = useAdminText();
  return (
    <OneTimeLink
      id={id}
      label={label}
      link={issued.link}
      hint={fmt(hint, {
        email: issued.email,
        date: `${formatDateTime(locale, issued.expiresAt)} ${m.common.utc}`,
      })}
      copyLabel={m.common.copy}
      copiedLabel={m.common.copied}
    />
  );
}
