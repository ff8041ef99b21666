import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { InitiativeRestoreButton } from "@/components/admin/initiative-restore-button";
import { RevisionDiff, RevisionList, taxonomyNames } from "@/components/admin/initiative-revisions";
import { InitiativeStateBadge } from "@/components/admin/initiative-state-badge";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getRevisionHistory, listEditorOptions } from "@/lib/initiatives/admin-queries";
import { diffSnapshots, emptySnapshot } from "@/lib/initiatives/revisions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.revisions.title };
}

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
  const [history, options, { locale, m }] = await Promise.all([
    getRevisionHistory(id, query.rev),
    listEditorOptions(),
    getAdminI18n(),
  ]);
  const r = m.revisions;
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
          {r.back}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold break-words">
            {t(locale, r.heading, { name: initiative.name })}
          </h1>
          <InitiativeStateBadge state={initiative.state} label={m.states[initiative.state]} />
        </div>
      </div>
      {revisions.length === 0 || !selected ? (
        <p>{r.none}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
          <nav aria-label={r.listLabel}>
            <RevisionList
              initiativeId={id}
              revisions={revisions}
              selectedId={selected.id}
              locale={locale}
              m={m}
            />
          </nav>
          {/* On narrow screens the selected revision comes first, the list after it. */}
          <section
            aria-labelledby="diff-title"
            className="order-first min-w-0 space-y-4 lg:order-none"
          >
            <h2 id="diff-title" className="text-lg font-semibold">
              {t(locale, query.against === "current" ? r.diffTitleCurrent : r.diffTitle, {
                version: version ?? 0,
              })}
            </h2>
            <p className="flex flex-wrap gap-4 text-sm">
              {query.against === "current" ? (
                <Link href={base} className="underline">
                  {r.comparePrevious}
                </Link>
              ) : (
                <Link href={`${base}&against=current`} className="underline">
                  {r.compareCurrent}
                </Link>
              )}
              <Link href={`/admin/initiatives/${id}?revision=${selected.id}`} className="underline">
                {r.openInEditor}
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
                {r.publishedNote}
              </p>
            ) : null}
            <RevisionDiff
              changes={changes}
              names={taxonomyNames(options)}
              beforeLabel={
                query.against === "current"
                  ? t(locale, r.version, { version: version ?? 0 })
                  : r.before
              }
              afterLabel={
                query.against === "current"
                  ? r.now
                  : t(locale, r.version, { version: version ?? 0 })
              }
              m={m}
            />
          </section>
        </div>
      )}
    </div>
  );
}
