import { inputClass } from "@/components/admin/form-field";
import { formatDateTime, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { RunRow } from "@/lib/imports/queries";
import { CANDIDATE_STATUSES, type CandidateQuery } from "@/lib/imports/schemas";

/** Status and run filters: URL state in a GET form, so they work without JavaScript. */
export function CandidateFilters({
  query,
  runs,
  locale,
  m,
}: {
  query: CandidateQuery;
  runs: RunRow[];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const copy = m.imports.candidates;
  return (
    <form
      method="get"
      action="/admin/imports/candidates"
      aria-label={copy.filters}
      className="flex flex-wrap items-end gap-3 text-sm"
    >
      <label>
        <span className="mb-1 block font-medium">{copy.status}</span>
        <select name="status" defaultValue={query.status} className={inputClass}>
          {[...CANDIDATE_STATUSES, "ALL" as const].map((status) => (
            <option key={status} value={status}>
              {copy.statuses[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="mb-1 block font-medium">{copy.run}</span>
        <select name="run" defaultValue={query.run ?? ""} className={`${inputClass} max-w-xs`}>
          <option value="">{copy.anyRun}</option>
          {runs.map((run) => (
            <option key={run.id} value={run.id}>
              {`${formatDateTime(locale, run.startedAt)} · ${run.feedTitle ?? run.source}`}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-lg border border-slate-300 px-4 py-2 font-medium dark:border-slate-700"
      >
        {copy.apply}
      </button>
    </form>
  );
}
