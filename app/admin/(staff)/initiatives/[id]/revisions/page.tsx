import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { InitiativeRestoreButton } from "@/components/admin/initiative-restore-button";
import { RevisionDiff, RevisionList, taxonomyNames } from "@/components/admin/initiative-revisions";
import { InitiativeStateBadge } from "@/components/admin/initiative-state-badge";
import { getRevisionHistory, listEditorOptions } from "@/lib/initiatives/admin-queries";
import { diffSnapshots, emptySnapshot } from "@/lib/initiatives/revisions";

export const metadata: Metadata = { title: "Revisions" };

const QuerySchema = z.object({
  rev: z.uuid().optional().catch(undefined),
  against: z.enum(["previous", "current"]).catch("previous"),
});

export default async function RevisionsPage({
  params,
  searchParams,
}: PageProps<"/admin/initiatives/[id]/revisions">) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const query = QuerySchema.parse(await searchParams);
  const [history, options] = await Promise.all([
    getRevisionHistory(id, query.rev),
    listEditorOptions(),
  ]);
  if (!history) notFound();
  const { initiative, revisions, selected } = history;
  const version = revisions.find((r) => r.id === selected?.id)?.version;
  const base = `/admin/initiatives/${id}/revisions?rev=${selected?.id ?? ""}`;
  const changes = !selected
    ? []
    : query.against === "current"
      ? diffSnapshots(selected.snapshot, history.current)
      : diffSnapshots(selected.previous ?? emptySnapshot(), selected.snapshot);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href={`/admin/initiatives/${id}`} className="text-sm underline">
          Back to the editor
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold break-words">Revisions of {initiative.name}</h1>
          <InitiativeStateBadge state={initiative.state} />
        </div>
      </div>
      {revisions.length === 0 || !selected ? (
        <p>No revisions yet: they are recorded from the first save in the editor.</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
          <nav aria-label="Revisions">
            <RevisionList initiativeId={id} revisions={revisions} selectedId={selected.id} />
          </nav>
          {/* On narrow screens the selected revision comes first, the list after it. */}
          <section
            aria-labelledby="diff-title"
            className="order-first min-w-0 space-y-4 lg:order-none"
          >
            <h2 id="diff-title" className="text-lg font-semibold">
              Version {version}:{" "}
              {query.against === "current"
                ? "what differs from the current content"
                : "what changed in this revision"}
            </h2>
            <p className="flex flex-wrap gap-4 text-sm">
              {query.against === "current" ? (
                <Link href={base} className="underline">
                  Compare with the previous revision
                </Link>
              ) : (
                <Link href={`${base}&against=current`} className="underline">
                  Compare with the current content
                </Link>
              )}
              <Link href={`/admin/initiatives/${id}?revision=${selected.id}`} className="underline">
                Open this version in the editor
              </Link>
            </p>
            {history.canRestore ? (
              <InitiativeRestoreButton
                initiativeId={id}
                revisionId={selected.id}
                version={version ?? 0}
              />
            ) : initiative.state === "PUBLISHED" ? (
              <p className="rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900">
                This entry is published. A restore never changes the public version: unpublish it
                first (it becomes a draft), or open this version in the editor and copy what you
                need.
              </p>
            ) : null}
            <RevisionDiff
              changes={changes}
              names={taxonomyNames(options)}
              beforeLabel={query.against === "current" ? `Version ${version}` : "Before"}
              afterLabel={query.against === "current" ? "Now" : `Version ${version}`}
            />
          </section>
        </div>
      )}
    </div>
  );
}
