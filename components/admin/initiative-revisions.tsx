import Link from "next/link";
import { fieldLabel } from "@/components/admin/editor-fields";
import { InitiativeTime } from "@/components/admin/initiative-time";
import type { EditorOptions, RevisionRow } from "@/lib/initiatives/admin-queries";
import { diffWords, type SnapshotChange } from "@/lib/initiatives/revisions";

const ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  submit: "Sent for review",
  publish: "Published",
  unpublish: "Unpublished",
  archive: "Archived",
  restore: "Restored",
  schedule: "Scheduled",
};

/** Changed paths as readable field names, once each ("links.0.value" → "Link 1"). */
export function changedLabels(paths: string[]): string[] {
  const short = paths.map((path) => {
    const parts = path.split(".");
    return parts.slice(0, parts[0] === "translations" ? 3 : 2).join(".");
  });
  return [...new Set(short.map(fieldLabel))];
}

export function RevisionList({
  initiativeId,
  revisions,
  selectedId,
}: {
  initiativeId: string;
  revisions: RevisionRow[];
  selectedId: string | null;
}) {
  return (
    <ol className="space-y-2">
      {revisions.map((revision) => {
        const labels = changedLabels(revision.changed);
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
              Version {revision.version}: {ACTION_LABELS[revision.action] ?? revision.action}
            </Link>
            <p className="text-slate-600 dark:text-slate-400">
              <InitiativeTime iso={revision.createdAt} /> by {revision.author ?? "the system"}
            </p>
            {labels.length ? (
              <p className="mt-1">
                Changed: {labels.slice(0, 6).join(", ")}
                {labels.length > 6 ? ` and ${labels.length - 6} more` : ""}
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

function show(value: unknown, names: Map<string, string>, path = ""): string {
  if (value === undefined || value === null || value === "") return "—";
  if (IMAGE_ID.test(path) && typeof value === "string") return `Image ${value.slice(0, 8)}…`;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") return names.get(value) ?? value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => show(v, names)).join(", ") : "—";
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => v !== "" && v !== null && v !== undefined && key !== "kind")
    .map(([key, v]) => `${key}: ${show(v, names)}`);
  return parts.length ? parts.join("; ") : "—";
}

const isLongText = (value: unknown) =>
  typeof value === "string" && (value.length > 80 || value.includes("\n"));

export function RevisionDiff({
  changes,
  names,
  beforeLabel,
  afterLabel,
}: {
  changes: SnapshotChange[];
  names: Map<string, string>;
  beforeLabel: string;
  afterLabel: string;
}) {
  if (changes.length === 0) return <p>No differences.</p>;
  return (
    <dl className="space-y-4">
      {changes.map((change) => (
        <div
          key={change.path}
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        >
          <dt className="mb-2 text-sm font-semibold">{fieldLabel(change.path)}</dt>
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
                        <span className="sr-only">[added: </span>
                        {segment.text}
                        <span className="sr-only">]</span>
                      </ins>
                    ) : (
                      <del
                        key={i}
                        className="bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100"
                      >
                        <span className="sr-only">[removed: </span>
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
                  {show(change.before, names, change.path)}
                </div>
                <div className="rounded bg-emerald-50 p-2 break-words dark:bg-emerald-950/60">
                  <span className="block text-xs text-slate-600 dark:text-slate-300">
                    {afterLabel}
                  </span>
                  {show(change.after, names, change.path)}
                </div>
              </div>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
