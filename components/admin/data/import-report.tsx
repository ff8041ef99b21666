"use client";

import { useAdminText } from "@/components/admin/admin-i18n-provider";
import type { PlanItem } from "@/lib/transfer/plan";
import type { ImportReport as Report } from "@/lib/transfer/report";

const box = "rounded-xl border p-4";

function Value({ text, empty }: { text: unknown; empty: string }) {
  const value = typeof text === "string" ? text : "";
  return value ? (
    <span className="break-words whitespace-pre-wrap">{value}</span>
  ) : (
    <span className="text-slate-500 dark:text-slate-400">{empty}</span>
  );
}

function Changes({ item }: { item: PlanItem }) {
  const { m } = useAdminText();
  return (
    <table className="mt-2 w-full table-fixed text-left text-sm">
      <thead>
        <tr className="text-slate-600 dark:text-slate-400">
          <th scope="col" className="w-1/5 py-1 pr-3 font-medium">
            {m.data.report.field}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {m.data.report.before}
          </th>
          <th scope="col" className="py-1 font-medium">
            {m.data.report.after}
          </th>
        </tr>
      </thead>
      <tbody>
        {item.changes.map((change) => (
          <tr
            key={change.field}
            className="border-t border-slate-200 align-top dark:border-slate-800"
          >
            <th scope="row" className="py-1 pr-3 font-mono text-xs font-normal">
              {change.field}
            </th>
            <td className="py-1 pr-3 text-red-800 dark:text-red-300">
              <Value text={change.before} empty={m.data.report.empty} />
            </td>
            <td className="py-1 text-green-800 dark:text-green-300">
              <Value text={change.after} empty={m.data.report.empty} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The dry run's outcome: file errors, invalid rows with reasons, new and changed entries. */
export function ImportReport({
  report,
  fileName,
  applied,
}: {
  report: Report;
  fileName: string;
  /** The import was written: the report tells what was done, not what would be. */
  applied: boolean;
}) {
  const { m, fmt, say } = useAdminText();
  const invalid = report.items.filter((item) => item.kind === "invalid");
  const creates = report.items.filter((item) => item.kind === "create");
  const updates = report.items.filter((item) => item.kind === "update");
  const rowLabel = (item: PlanItem) =>
    `${fmt(m.data.report.row, { row: item.row })}${item.slug ? ` · ${item.slug}` : ""}`;
  return (
    <section aria-labelledby="report-title" className="space-y-4">
      <h3 id="report-title" className="text-base font-semibold">
        {fmt(applied ? m.data.report.appliedTitle : m.data.report.title, { file: fileName })}
      </h3>
      {report.fileErrors.length ? (
        <div className={`${box} border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950`}>
          <h4 className="font-medium text-red-900 dark:text-red-200">{m.data.report.fileErrors}</h4>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {report.fileErrors.map((error) => (
              <li key={error}>{say(error)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="text-sm">
          <p data-testid="import-counts">{fmt(m.data.report.counts, report.counts)}</p>
          <p className="text-slate-600 dark:text-slate-400">
            {fmt(m.data.report.untouched, { count: report.untouched })}
          </p>
        </div>
      )}
      {invalid.length ? (
        <div className={`${box} border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950`}>
          <h4 className="font-medium text-red-900 dark:text-red-200">{m.data.report.invalid}</h4>
          <p className="mt-1 text-sm">{m.data.report.invalidLead}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {invalid.flatMap((item) =>
              item.errors.map((error, index) => (
                <li key={`${item.row}-${index}`}>
                  <span className="font-medium">{rowLabel(item)}</span>,{" "}
                  <span className="font-mono text-xs">{error.field}</span>: {say(error.message)}
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}
      {creates.length ? (
        <div className={`${box} border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900`}>
          <h4 className="font-medium">{m.data.report.creates}</h4>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {creates.map((item) => (
              <li key={item.row}>{rowLabel(item)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {updates.length ? (
        <div className={`${box} border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900`}>
          <h4 className="font-medium">{m.data.report.updates}</h4>
          <ul className="mt-2 space-y-4">
            {updates.map((item) => (
              <li key={item.row}>
                <p className="text-sm font-medium">{rowLabel(item)}</p>
                {item.warnings.map((warning) => (
                  <p key={warning} className="text-sm text-amber-800 dark:text-amber-300">
                    {m.data.report.warning}: {say(warning)}
                  </p>
                ))}
                <Changes item={item} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!report.fileErrors.length && !report.items.length ? (
        <p className="text-sm">{m.data.report.nothing}</p>
      ) : null}
    </section>
  );
}
