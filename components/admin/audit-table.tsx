import Link from "next/link";
import { formatDateTime, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { AuditEntryDto } from "@/lib/audit-log/queries";
import { auditQueryString } from "@/lib/audit-log/schemas";

/** Audit entries as a table; entity cells link to every entry about that entity. */
export function AuditTable({
  entries,
  locale,
  m,
  caption,
  compact = false,
}: {
  entries: AuditEntryDto[];
  locale: AdminLocale;
  m: AdminMessages;
  caption: string;
  compact?: boolean;
}) {
  const c = m.audit.columns;
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
          <tr>
            <th scope="col" className={`${cell} font-medium`}>
              {c.at}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {c.action}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {c.actor}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {c.entity}
            </th>
            {compact ? null : (
              <>
                <th scope="col" className={`${cell} font-medium`}>
                  {c.ip}
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  {c.details}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>
              </td>
              <th scope="row" className={`${cell} font-mono text-xs font-normal`}>
                {entry.action}
              </th>
              <td className={`${cell} break-all`}>{entry.actorEmail ?? m.common.system}</td>
              <td className={`${cell} font-mono text-xs break-all`}>
                {entry.entityType ? (
                  <Link
                    href={`/admin/audit${auditQueryString({
                      entityType: entry.entityType,
                      entityId: entry.entityId ?? undefined,
                    })}`}
                    className="text-brand-700 dark:text-brand-300 hover:underline"
                  >
                    {entry.entityType}
                    {entry.entityId ? `:${entry.entityId}` : ""}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              {compact ? null : (
                <>
                  <td className={`${cell} font-mono text-xs`}>{entry.ip ?? "—"}</td>
                  <td className={`${cell} max-w-md font-mono text-xs break-all`}>
                    {entry.details || "—"}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
