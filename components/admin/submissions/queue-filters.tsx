import Form from "next/form";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n";
import type { SubmissionQueue } from "@/lib/submissions/admin-queries";
import {
  SUBMISSION_SORTS,
  SUBMISSION_STATUSES,
  type SubmissionQueueParams,
} from "@/lib/submissions/moderation-schemas";

const field =
  "rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";

/** Status tabs with counts, and the search and sort form; all URL state, so it works without JS. */
export function QueueFilters({
  query,
  counts,
  m,
}: {
  query: SubmissionQueueParams;
  counts: SubmissionQueue["counts"];
  m: AdminMessages;
}) {
  const f = m.submissions.filters;
  const href = (status: string) => {
    const params = new URLSearchParams({ status });
    if (query.q) params.set("q", query.q);
    if (query.sort !== "newest") params.set("sort", query.sort);
    return `/admin/submissions?${params}`;
  };
  return (
    <div className="space-y-4">
      <nav aria-label={f.label}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...SUBMISSION_STATUSES, "all" as const].map((status) => {
            const current = query.status === status;
            return (
              <li key={status}>
                <Link
                  href={href(status)}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 ${
                    current
                      ? "border-brand-700 bg-brand-700 text-white"
                      : "border-slate-300 bg-white hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
                  }`}
                >
                  {status === "all" ? f.all : m.submissions.statuses[status]}
                  <span className="tabular-nums opacity-80">{counts[status]}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Form
        action="/admin/submissions"
        role="search"
        className="flex flex-wrap items-end gap-3 text-sm"
      >
        <input type="hidden" name="status" value={query.status} />
        <label>
          <span className="mb-1 block font-medium">{f.search}</span>
          <input name="q" type="search" defaultValue={query.q ?? ""} className={field} />
        </label>
        <label>
          <span className="mb-1 block font-medium">{f.sort}</span>
          <select name="sort" defaultValue={query.sort} className={field}>
            {SUBMISSION_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {f[sort]}
              </option>
            ))}
          </select>
        </label>
        <div className="w-32">
          <SubmitButton pendingLabel={f.apply} variant="secondary">
            {f.apply}
          </SubmitButton>
        </div>
        {query.q ? (
          <Link href={href(query.status)} className="py-2 underline">
            {f.clear}
          </Link>
        ) : null}
      </Form>
    </div>
  );
}
