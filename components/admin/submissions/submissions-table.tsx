import Link from "next/link";
import { SubmissionStatusBadge } from "@/components/admin/submissions/status-badge";
import { formatDateTime, t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { SubmissionRowDto } from "@/lib/submissions/admin-queries";

export function SubmissionsTable({
  rows,
  locale,
  m,
}: {
  rows: SubmissionRowDto[];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const x = m.submissions.table;
  if (rows.length === 0) return <p className="text-slate-700 dark:text-slate-300">{x.empty}</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{x.caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-300">
          <tr>
            <th scope="col" className="p-3 font-medium">
              {x.name}
            </th>
            <th scope="col" className="p-3 font-medium">
              {x.status}
            </th>
            <th scope="col" className="p-3 font-medium">
              {x.contact}
            </th>
            <th scope="col" className="p-3 font-medium">
              {x.flags}
            </th>
            <th scope="col" className="p-3 font-medium">
              {x.sent}
            </th>
            <th scope="col" className="p-3 font-medium">
              {x.updated}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="p-3 font-medium">
                <Link
                  href={`/admin/submissions/${row.id}`}
                  className="text-brand-700 dark:text-brand-300 underline"
                >
                  {row.name}
                </Link>
                <span className="ml-2 text-xs text-slate-500 uppercase">{row.locale}</span>
              </th>
              <td className="p-3">
                <SubmissionStatusBadge
                  status={row.status}
                  label={m.submissions.status[row.status]}
                />
              </td>
              <td className="p-3 break-all">
                {row.erased ? <em className="text-slate-500">{x.erased}</em> : row.contactEmail}
              </td>
              <td className="space-x-2 p-3 whitespace-nowrap">
                {row.atRisk ? (
                  <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-950 dark:text-red-200">
                    {x.atRisk}
                  </span>
                ) : null}
                {row.duplicates > 0 ? (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                    {t(locale, x.duplicates, { count: row.duplicates })}
                  </span>
                ) : null}
              </td>
              <td className="p-3 whitespace-nowrap">{formatDateTime(locale, row.createdAt)}</td>
              <td className="p-3 whitespace-nowrap">{formatDateTime(locale, row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
