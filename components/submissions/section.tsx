import type { ReactNode } from "react";

/** A titled group of fields. */
export function Section({
  title,
  note,
  children,
}: {
  title: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-5 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <legend className="px-2 text-lg font-semibold">{title}</legend>
      {note ? <p className="text-sm text-slate-600 dark:text-slate-400">{note}</p> : null}
      {children}
    </fieldset>
  );
}
