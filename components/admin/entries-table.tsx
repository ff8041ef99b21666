"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminListRow } from "@/lib/initiatives/admin-list";
import { bulkTransitionAction } from "@/lib/initiatives/workflow-actions";

const STATE_STYLE: Record<AdminListRow["state"], string> = {
  DRAFT: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  IN_REVIEW: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  PUBLISHED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  ARCHIVED: "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-100",
};

/** The initiatives table with selection and bulk publish, unpublish and archive. */
export function EntriesTable({ rows, canBulk }: { rows: AdminListRow[]; canBulk: boolean }) {
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

  return (
    <form action={action}>
      {canBulk ? (
        <div className="mb-3 flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="mb-1 block font-medium">With selected ({selected.size})</span>
            <select
              name="transition"
              className="rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
            >
              <option value="publish">Publish</option>
              <option value="unpublish">Unpublish</option>
              <option value="archive">Archive</option>
            </select>
          </label>
          <div className="w-40">
            <SubmitButton pendingLabel="Applying…" variant="secondary">
              Apply
            </SubmitButton>
          </div>
          <p aria-live="polite" className="text-sm">
            {state?.message}
            {state?.data && state.data.refused.length > 0 ? (
              <span className="block text-red-700 dark:text-red-400">
                {state.data.refused.join("; ")}
              </span>
            ) : null}
          </p>
        </div>
      ) : null}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Initiatives</caption>
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-300">
            <tr>
              {canBulk ? (
                <th scope="col" className="w-10 p-3">
                  <input
                    type="checkbox"
                    aria-label="Select all on this page"
                    checked={allSelected}
                    onChange={() =>
                      setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))
                    }
                  />
                </th>
              ) : null}
              <th scope="col" className="p-3">
                Name
              </th>
              <th scope="col" className="p-3">
                State
              </th>
              <th scope="col" className="p-3">
                Countries
              </th>
              <th scope="col" className="p-3">
                Needs translation
              </th>
              <th scope="col" className="p-3">
                Updated
              </th>
              <th scope="col" className="p-3">
                Verified
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
                      aria-label={`Select ${row.name}`}
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
                      Scheduled: {row.scheduled.action.toLowerCase()}{" "}
                      {new Date(row.scheduled.runAt).toLocaleString("en-GB")}
                    </span>
                  ) : null}
                </td>
                <td className="p-3">
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATE_STYLE[row.state]}`}
                  >
                    {row.state.replace("_", " ").toLowerCase()}
                  </span>
                </td>
                <td className="p-3">{row.countries.join(", ")}</td>
                <td className="p-3 uppercase">{row.needsTranslation.join(" ") || "—"}</td>
                <td className="p-3 whitespace-nowrap">{row.updatedAt.slice(0, 10)}</td>
                <td className="p-3 whitespace-nowrap">
                  {row.lastVerifiedAt?.slice(0, 10) ?? "never"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className="p-6 text-center text-slate-600 dark:text-slate-400">No entries match.</p>
        ) : null}
      </div>
    </form>
  );
}
