import Link from "next/link";
import type { ReactNode } from "react";
import { AuditTable } from "@/components/admin/audit-table";
import { formatDay, t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import { STALE_SHOWN, STATES, type DashboardDto } from "@/lib/dashboard/queries";

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function StateCounts({
  byState,
  m,
}: {
  byState: DashboardDto["byState"];
  m: AdminMessages;
}) {
  const d = m.dashboard;
  const total = STATES.reduce((sum, state) => sum + byState[state], 0);
  return (
    <Card id="states-heading" title={d.byState}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{d.byStateCaption}</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-2 font-medium">
              {d.state}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {d.count}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {STATES.map((state) => (
            <tr key={state}>
              <th scope="row" className="py-2 font-normal">
                {m.states[state]}
              </th>
              <td className="py-2 text-right tabular-nums">{byState[state]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 dark:border-slate-700">
            <th scope="row" className="py-2 font-semibold">
              {d.total}
            </th>
            <td className="py-2 text-right font-semibold tabular-nums">{total}</td>
          </tr>
        </tfoot>
      </table>
    </Card>
  );
}

export function StaleEntries({
  stale,
  locale,
  m,
}: {
  stale: DashboardDto["stale"];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const d = m.dashboard;
  return (
    <Card id="stale-heading" title={d.stale}>
      <p className="text-sm text-slate-700 dark:text-slate-300">{d.staleLead}</p>
      {stale.total === 0 ? (
        <p>{d.staleNone}</p>
      ) : (
        <>
          <p className="font-medium">{t(locale, d.staleCount, { count: stale.total })}</p>
          <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {stale.entries.map((entry) => (
              <li key={entry.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link
                  href={`/admin/initiatives/${entry.id}`}
                  className="text-brand-700 dark:text-brand-300 hover:underline"
                >
                  {entry.name}
                </Link>
                <span className="text-slate-600 dark:text-slate-400">
                  {entry.lastVerifiedAt
                    ? t(locale, d.lastVerified, { date: formatDay(locale, entry.lastVerifiedAt) })
                    : d.neverVerified}
                </span>
              </li>
            ))}
          </ul>
          {stale.total > stale.entries.length ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t(locale, d.staleMore, { shown: STALE_SHOWN })}
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}

export function RecentActivity({
  activity,
  locale,
  m,
}: {
  activity: DashboardDto["activity"];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const d = m.dashboard;
  const title = activity.scope === "all" ? d.activity : d.ownActivity;
  return (
    <Card id="activity-heading" title={title}>
      {activity.entries.length ? (
        <AuditTable entries={activity.entries} locale={locale} m={m} caption={title} compact />
      ) : (
        <p>{d.activityNone}</p>
      )}
      {activity.scope === "all" ? (
        <p>
          <Link
            href="/admin/audit"
            className="text-brand-700 dark:text-brand-300 text-sm hover:underline"
          >
            {d.openAudit}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
