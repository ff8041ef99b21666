import { formatDateTime, t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { RunRow } from "@/lib/imports/queries";
import { RunProgressPoller } from "@/components/admin/imports/run-progress";

const TONE: Record<RunRow["status"], string> = {
  RUNNING:
    "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100",
  SUCCEEDED:
    "border-green-300 bg-green-50 text-green-950 dark:border-green-800 dark:bg-green-950 dark:text-green-100",
  FAILED:
    "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  INTERRUPTED:
    "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
};

/** One run's outcome, or its progress while it runs (the page refreshes until it ends). */
export function RunStatus({
  run,
  locale,
  m,
}: {
  run: RunRow;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const copy = m.imports.run;
  const percent = run.total ? Math.round((run.processed / run.total) * 100) : 0;
  return (
    <section
      aria-labelledby="run-heading"
      className={`space-y-2 rounded-xl border p-4 text-sm ${TONE[run.status]}`}
    >
      <h2 id="run-heading" className="font-semibold break-all">
        {t(locale, copy.heading, { source: run.feedTitle ?? run.source })}
      </h2>
      <p className="text-xs opacity-80">
        {formatDateTime(locale, run.startedAt)} {m.common.utc}
        {run.startedBy ? ` · ${t(locale, copy.by, { name: run.startedBy })}` : ""}
      </p>
      {run.status === "RUNNING" ? (
        <>
          <RunProgressPoller />
          <label className="block" htmlFor="run-progress">
            {t(locale, copy.running, { processed: run.processed, total: run.total })}
          </label>
          <progress id="run-progress" max={run.total || 1} value={run.processed} className="w-full">
            {percent}%
          </progress>
        </>
      ) : (
        <p role="status">
          {run.status === "SUCCEEDED"
            ? t(locale, copy.summary, { created: run.created, skipped: run.skipped })
            : run.status === "FAILED"
              ? t(locale, copy.failed, { error: run.error ?? "" })
              : copy.interrupted}
        </p>
      )}
    </section>
  );
}
