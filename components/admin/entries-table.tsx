"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { FormStatus } from "@/components/admin/form-status";
import { InitiativeStateBadge } from "@/components/admin/initiative-state-badge";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminListRow } from "@/lib/initiatives/admin-list";
import { bulkTransitionAction } from "@/lib/initiatives/workflow-actions";
import { BULK_TRANSITIONS } from "@/lib/initiatives/workflow-schemas";

/** The initiatives table with selection and bulk publish, unpublish and archive. */
export function EntriesTable({ rows, canBulk }: { rows: AdminListRow[]; canBulk: boolean }) {
  const { m, fmt, say, locale } = useAdminText();
  const x = m.initiatives.table;
  const [state, action] = useActionState(bulkTransitionAction, undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const nameOf = (id: string) => rows.find((row) => row.id === id)?.name ?? id;
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

  return (
    <form action={action}>
      {canBulk ? (
        <div className="mb-3 flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="mb-1 block font-medium">
              {fmt(x.bulkLabel, { count: selected.size })}
            </span>
            <select
              name="transition"
              className="rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
            >
              {BULK_TRANSITIONS.map((transition) => (
                <option key={transition} value={transition}>
                  {m.initiatives.transitions[transition]}
                </option>
              ))}
            </select>
          </label>
          <div className="w-40">
            <SubmitButton pendingLabel={x.applying} variant="secondary">
              {x.apply}
            </SubmitButton>
          </div>
          <div className="text-sm">
            <FormStatus state={state} />
            {state?.data && state.data.refused.length > 0 ? (
              <ul className="text-red-700 dark:text-red-400">
                {state.data.refused.map((refusal) => (
                  <li key={refusal.id}>
                    {fmt(x.refused, { name: nameOf(refusal.id), reason: say(refusal.reason) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{x.caption}</caption>
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-300">
            <tr>
              {canBulk ? (
                <th scope="col" className="w-10 p-3">
                  <input
                    type="checkbox"
                    aria-label={x.selectAll}
                    checked={allSelected}
                    onChange={() =>
                      setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))
                    }
                  />
                </th>
              ) : null}
              <th scope="col" className="p-3">
                {x.name}
              </th>
              <th scope="col" className="p-3">
                {x.state}
              </th>
              <th scope="col" className="p-3">
                {x.featured}
              </th>
              <th scope="col" className="p-3">
                {x.countries}
              </th>
              <th scope="col" className="p-3">
                {x.needsTranslation}
              </th>
              <th scope="col" className="p-3">
                {x.updated}
              </th>
              <th scope="col" className="p-3">
                {x.verified}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                className="border-b border-slate-100 last:border-0 dark:border-slate-800"
              >
                {canBulk ? (
                  <td className="p-3">
                    <input
                      type="checkbox"
                      name="ids"
                      value={row.id}
                      aria-label={fmt(x.select, { name: row.name })}
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  </td>
                ) : null}
                <td className="p-3">
                  <Link
                    href={`/admin/initiatives/${row.id}`}
                    className="text-brand-700 dark:text-brand-300 font-medium hover:underline"
                  >
                    {row.name}
                  </Link>
                  {row.scheduled ? (
                    <span className="mt-0.5 block text-xs text-slate-600 dark:text-slate-400">
                      {fmt(x.scheduled, {
                        action: m.initiatives.scheduleActions[row.scheduled.action],
                        date: new Date(row.scheduled.runAt).toLocaleString(locale, {
                          dateStyle: "medium",
                          timeStyle: "short",
                        }),
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="p-3">
                  <InitiativeStateBadge state={row.state} label={m.states[row.state]} />
                </td>
                <td className="p-3">
                  {row.featured ? (
                    <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900 dark:bg-sky-950 dark:text-sky-200">
                      ★ {x.featuredBadge}
                    </span>
                  ) : (
                    <span aria-hidden="true">—</span>
                  )}
                </td>
                <td className="p-3">{row.countries.join(", ")}</td>
                <td className="p-3 uppercase">{row.needsTranslation.join(" ") || "—"}</td>
                <td className="p-3 whitespace-nowrap">{day(row.updatedAt)}</td>
                <td className="p-3 whitespace-nowrap">
                  {row.lastVerifiedAt ? day(row.lastVerifiedAt) : x.never}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className="p-6 text-center text-slate-600 dark:text-slate-400">{x.empty}</p>
        ) : null}
      </div>
    </form>
  );
}
