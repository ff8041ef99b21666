import Link from "next/link";
import { RetryButton } from "@/components/admin/outbox/retry-button";
import { formatDateTime, t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import type { OutboxRowDto } from "@/lib/email/admin-queries";
import { ERASED } from "@/lib/submissions/erase";

const STYLES: Record<OutboxStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  SENT: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  FAILED: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

export function OutboxTable({
  rows,
  locale,
  m,
}: {
  rows: OutboxRowDto[];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const o = m.outbox;
  if (rows.length === 0) return <p className="text-slate-700 dark:text-slate-300">{o.empty}</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{o.caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-300">
          <tr>
            <th scope="col" className="p-3 font-medium">
              {o.created}
            </th>
            <th scope="col" className="p-3 font-medium">
              {o.to}
            </th>
            <th scope="col" className="p-3 font-medium">
              {o.subject}
            </th>
            <th scope="col" className="p-3 font-medium">
              {o.status}
            </th>
            <th scope="col" className="p-3 font-medium">
              {o.attempts}
            </th>
            <th scope="col" className="p-3 font-medium">
              {o.lastError}
            </th>
            <th scope="col" className="p-3 font-medium">
              <span className="sr-only">{o.retry}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="p-3 whitespace-nowrap">{formatDateTime(locale, row.createdAt)}</td>
              <td className="p-3 break-all">{row.to}</td>
              <td className="max-w-md p-3">
                <details>
                  <summary className="cursor-pointer">{row.subject}</summary>
                  <pre className="mt-2 text-xs break-words whitespace-pre-wrap">{row.text}</pre>
                </details>
                <p className="mt-1 text-xs text-slate-500">
                  {row.template} · {row.locale}
                  {row.submissionId ? (
                    <>
                      {" · "}
                      <Link href={`/admin/submissions/${row.submissionId}`} className="underline">
                        {m.submissions.detail.kinds.submission}
                      </Link>
                    </>
                  ) : null}
                </p>
              </td>
              <td className="p-3">
                <span
                  className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[row.status]}`}
                >
                  {o.statuses[row.status]}
                </span>
                {row.sentAt ? (
                  <span className="mt-1 block text-xs text-slate-500">
                    {formatDateTime(locale, row.sentAt)}
                  </span>
                ) : null}
              </td>
              <td className="p-3 tabular-nums">{row.attempts}</td>
              <td className="max-w-xs p-3 text-xs break-words">
                {row.lastError}
                {row.status === "PENDING" && row.attempts > 0 ? (
                  <span className="block text-slate-500">
                    {t(locale, o.nextAttempt, { date: formatDateTime(locale, row.nextAttemptAt) })}
                  </span>
                ) : null}
              </td>
              <td className="p-3">
                {row.status === "FAILED" && row.to !== ERASED ? <RetryButton id={row.id} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
