import type { AdminLocale, AdminMessages } from "@/lib/admin-i18n";
import { formatDateTime, t } from "@/lib/admin-i18n";
import type { SubmissionDetailDto } from "@/lib/submissions/admin-queries";
import { diffSubmissionData, type FieldChange } from "@/lib/submissions/diff";

/**
 * The submission's versions and what changed between two of them (the last two unless the
 * moderator picks others). A GET form, so comparing works without JavaScript.
 */
export function SubmissionDiff({
  detail,
  from,
  to,
  locale,
  m,
}: {
  detail: SubmissionDetailDto;
  from: number;
  to: number;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const d = m.submissions.detail;
  const { versions } = detail;
  if (versions.length < 2)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{d.onlyOne}</p>;
  const a = versions.find((v) => v.number === from) ?? versions.at(-2)!;
  const b = versions.find((v) => v.number === to) ?? versions.at(-1)!;
  const changes = diffSubmissionData(a.data, b.data);
  const select =
    "rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900";
  const options = versions.map((v) => (
    <option key={v.number} value={v.number}>
      {t(locale, d.versionLabel, { number: v.number, date: formatDateTime(locale, v.createdAt) })}
    </option>
  ));
  return (
    <div className="space-y-3">
      <form
        method="get"
        action={`/admin/submissions/${detail.id}#versions`}
        className="flex flex-wrap items-end gap-3 text-sm"
      >
        <label>
          <span className="mb-1 block font-medium">{d.compareFrom}</span>
          <select name="from" defaultValue={a.number} className={select}>
            {options}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">{d.compareTo}</span>
          <select name="to" defaultValue={b.number} className={select}>
            {options}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-lg border border-slate-300 px-3 py-1.5 dark:border-slate-700"
        >
          {d.compare}
        </button>
      </form>
      <h3 className="font-medium">{t(locale, d.diffTitle, { from: a.number, to: b.number })}</h3>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{d.noChanges}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-600 dark:text-slate-300">
            <tr>
              <th scope="col" className="w-40 py-1 pr-3 font-medium">
                {d.field}
              </th>
              <th scope="col" className="py-1 font-medium">
                {d.before} → {d.after}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row" className="py-2 pr-3 align-top font-normal">
                  {d.fields[change.field]}
                </th>
                <td className="py-2">
                  <Change change={change} m={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const ins =
  "rounded bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-900 dark:text-emerald-50";
const del = "rounded bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50";

function Change({ change, m }: { change: FieldChange; m: AdminMessages }) {
  const x = m.submissions.diff;
  if (change.kind === "list") {
    return (
      <ul className="space-y-1 break-all">
        {change.added.map((item) => (
          <li key={`+${item}`}>
            <ins className={ins}>+ {item}</ins> <span className="sr-only">({x.added})</span>
          </li>
        ))}
        {change.removed.map((item) => (
          <li key={`-${item}`}>
            <del className={del}>− {item}</del> <span className="sr-only">({x.removed})</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p className="break-words whitespace-pre-line">
      {change.words.map((segment, i) =>
        segment.kind === "same" ? (
          <span key={i}>{segment.text}</span>
        ) : segment.kind === "added" ? (
          <ins key={i} className={ins} title={x.added}>
            {segment.text}
          </ins>
        ) : (
          <del key={i} className={del} title={x.removed}>
            {segment.text}
          </del>
        ),
      )}
    </p>
  );
}
