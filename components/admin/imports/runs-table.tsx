import Link from "next/link";
import { formatDateTime, t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { RunRow } from "@/lib/imports/queries";

/** Recent runs, newest first, each linking to its candidates. */
export function RunsTable({
  runs,
  locale,
  m,
}: {
  runs: RunRow[];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const copy = m.imports.runs;
  if (runs.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{copy.empty}</p>;
  const cell = "px-4 py-2";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{copy.caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
          <tr>
            {[copy.columns.started, copy.columns.source, copy.columns.status].map((label) => (
              <th key={label} scope="col" className={`${cell} font-medium`}>
                {label}
              </th>
            ))}
            {[copy.columns.stories, copy.columns.created, copy.columns.skipped].map((label) => (
              <th key={label} scope="col" className={`${cell} text-right font-medium`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {runs.map((run) => (
            <tr key={run.id}>
              <td className={`${cell} whitespace-nowrap`}>
                {formatDateTime(locale, run.startedAt)}
              </td>
              <th scope="row" className={`${cell} max-w-md font-normal`}>
                <Link
                  href={`/admin/imports/candidates?run=${run.id}&status=ALL`}
                  className="text-brand-700 dark:text-brand-300 break-all underline-offset-2 hover:underline"
                >
                  {run.feedTitle ?? run.source}
                </Link>
                <span className="block text-xs break-all text-slate-600 dark:text-slate-400">
                  {run.source}
                  {run.startedBy ? ` · ${run.startedBy}` : ` · ${copy.commandLine}`}
                </span>
              </th>
              <td className={cell}>
                {copy.statuses[run.status]}
                {run.status === "RUNNING" ? (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {t(locale, copy.progress, { processed: run.processed, total: run.total })}
                  </span>
                ) : null}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{run.total}</td>
              <td className={`${cell} text-right tabular-nums`}>{run.created}</td>
              <td className={`${cell} text-right tabular-nums`}>{run.skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
