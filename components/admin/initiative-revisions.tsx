import Link from "next/link";
import { fieldLabel } from "@/components/admin/editor-fields";
import { formatDateTime, t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { EditorOptions, RevisionRow } from "@/lib/initiatives/admin-queries";
import { diffWords, type SnapshotChange } from "@/lib/initiatives/revisions";

/** Changed paths as readable field names, once each ("links.0.value" → "Link 1"). */
export function changedLabels(m: AdminMessages, paths: string[]): string[] {
  const short = paths.map((path) => {
    const parts = path.split(".");
    return parts.slice(0, parts[0] === "translations" ? 3 : 2).join(".");
  });
  return [...new Set(short.map((path) => fieldLabel(m, path)))];
}

export function RevisionList({
  initiativeId,
  revisions,
  selectedId,
  locale,
  m,
}: {
  initiativeId: string;
  revisions: RevisionRow[];
  selectedId: string | null;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const r = m.revisions;
  return (
    <ol className="space-y-2">
      {revisions.map((revision) => {
        const labels = changedLabels(m, revision.changed);
        const fields = labels.slice(0, 6).join(", ");
        const selected = revision.id === selectedId;
        return (
          <li
            key={revision.id}
            className={`rounded-lg border p-3 text-sm ${selected ? "border-brand-700 dark:border-brand-300 bg-white dark:bg-slate-900" : "border-slate-200 dark:border-slate-800"}`}
          >
            <Link
              href={`/admin/initiatives/${initiativeId}/revisions?rev=${revision.id}`}
              aria-current={selected ? "true" : undefined}
              className="font-semibold underline"
            >
              {t(locale, r.item, {
                version: revision.version,
                action: (r.actions as Record<string, string>)[revision.action] ?? revision.action,
              })}
            </Link>
            <p className="text-slate-600 dark:text-slate-400">
              <time dateTime={revision.createdAt}>
                {formatDateTime(locale, revision.createdAt)} {m.common.utc}
              </time>{" "}
              {t(locale, r.by, { author: revision.author ?? r.system })}
            </p>
            {labels.length ? (
              <p className="mt-1">
                {t(locale, r.changed, {
                  fields:
                    labels.length > 6
                      ? t(locale, r.more, { fields, count: labels.length - 6 })
                      : fields,
                })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Names for ids and codes that snapshots hold (causes, countries, types, funders). */
export function taxonomyNames(options: EditorOptions): Map<string, string> {
  return new Map([
    ...options.countries.map((c) => [c.code, c.name] as const),
    ...options.causes.map((c) => [c.id, c.name] as const),
    ...options.orgTypes.map((o) => [o.id, o.name] as const),
    ...options.funders.map((f) => [f.id, f.name] as const),
  ]);
}

const IMAGE_ID = /^(logo|cover)\.id$/;

function show(m: AdminMessages, value: unknown, names: Map<string, string>, path = ""): string {
  if (value === undefined || value === null || value === "") return "—";
  if (IMAGE_ID.test(path) && typeof value === "string")
    return m.revisions.image.replace("{id}", value.slice(0, 8));
  if (typeof value === "boolean") return value ? m.revisions.yes : m.revisions.no;
  if (typeof value === "string") return names.get(value) ?? value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value))
    return value.length ? value.map((v) => show(m, v, names)).join(", ") : "—";
  const leaves = m.editor.leaves as Record<string, string>;
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => v !== "" && v !== null && v !== undefined && key !== "kind")
    .map(([key, v]) => `${leaves[key] ?? key}: ${show(m, v, names)}`);
  return parts.length ? parts.join("; ") : "—";
}

const isLongText = (value: unknown) =>
  typeof value === "string" && (value.length > 80 || value.includes("\n"));

export function RevisionDiff({
  changes,
  names,
  beforeLabel,
  afterLabel,
  m,
}: {
  changes: SnapshotChange[];
  names: Map<string, string>;
  beforeLabel: string;
  afterLabel: string;
  m: AdminMessages;
}) {
  if (changes.length === 0) return <p>{m.revisions.noDifferences}</p>;
  return (
    <dl className="space-y-4">
      {changes.map((change) => (
        <div
          key={change.path}
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        >
          <dt className="mb-2 text-sm font-semibold">{fieldLabel(m, change.path)}</dt>
          <dd>
            {isLongText(change.before) || isLongText(change.after) ? (
              <p className="text-sm leading-6 break-words whitespace-pre-wrap">
                {diffWords(String(change.before ?? ""), String(change.after ?? "")).map(
                  (segment, i) =>
                    segment.kind === "same" ? (
                      <span key={i}>{segment.text}</span>
                    ) : segment.kind === "added" ? (
                      <ins
                        key={i}
                        className="bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-950 dark:text-emerald-100"
                      >
                        <span className="sr-only">[{m.revisions.added} </span>
                        {segment.text}
                        <span className="sr-only">]</span>
                      </ins>
                    ) : (
                      <del
                        key={i}
                        className="bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100"
                      >
                        <span className="sr-only">[{m.revisions.removed} </span>
                        {segment.text}
                        <span className="sr-only">]</span>
                      </del>
                    ),
                )}
              </p>
            ) : (
              <div className="grid gap-2 text-sm sm:grid-cols-2">
                <div className="rounded bg-red-50 p-2 break-words dark:bg-red-950/60">
                  <span className="block text-xs text-slate-600 dark:text-slate-300">
                    {beforeLabel}
                  </span>
                  {show(m, change.before, names, change.path)}
                </div>
                <div className="rounded bg-emerald-50 p-2 break-words dark:bg-emerald-950/60">
                  <span className="block text-xs text-slate-600 dark:text-slate-300">
                    {afterLabel}
                  </span>
                  {show(m, change.after, names, change.path)}
                </div>
              </div>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
