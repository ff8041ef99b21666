import Link from "next/link";
import { InitiativeStateBadge } from "@/components/admin/initiative-state-badge";
import { InitiativeTime } from "@/components/admin/initiative-time";
import type { AdminInitiativeRow } from "@/lib/initiatives/admin-queries";

/** Entries, most recently changed first, each linking to its editor. */
export function InitiativeList({
  rows,
  page,
  pageCount,
}: {
  rows: AdminInitiativeRow[];
  page: number;
  pageCount: number;
}) {
  if (rows.length === 0) return <p>No initiatives yet.</p>;
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Initiatives, most recently changed first</caption>
          <thead className="border-b border-slate-200 dark:border-slate-800">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                Name
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                State
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Updated
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="px-4 py-3">
                  <Link href={`/admin/initiatives/${row.id}`} className="font-medium underline">
                    {row.name}
                  </Link>
                  <div className="font-mono text-xs text-slate-600 dark:text-slate-400">
                    {row.slug}
                  </div>
                </td>
                <td className="px-4 py-3">
                  <InitiativeStateBadge state={row.state} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  <InitiativeTime iso={row.updatedAt} />
                  {row.updatedBy ? (
                    <div className="text-xs text-slate-600 dark:text-slate-400">
                      by {row.updatedBy}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {page > 1 ? (
            <Link href={`/admin/initiatives?page=${page - 1}`} className="underline">
              Previous
            </Link>
          ) : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={`/admin/initiatives?page=${page + 1}`} className="underline">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
