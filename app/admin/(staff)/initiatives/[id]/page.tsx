import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EditorForm } from "@/components/admin/editor-form";
import { WorkflowPanel } from "@/components/admin/workflow-panel";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getWorkflowState } from "@/lib/initiatives/admin-list";
import { InitiativeDeleteButton } from "@/components/admin/initiative-delete-button";
import { InitiativeStateBadge } from "@/components/admin/initiative-state-badge";
import { formatDateTime, t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import {
  getInitiativeEditor,
  getRevisionForEditor,
  listEditorOptions,
} from "@/lib/initiatives/admin-queries";
import { displayName } from "@/lib/initiatives/editor-schema";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.initiatives.editTitle };
}

const QuerySchema = z.object({
  created: z.literal("1").optional().catch(undefined),
  revision: z.uuid().optional().catch(undefined),
});

export default async function EditInitiativePage({
  params,
  searchParams,
}: PageProps<"/admin/initiatives/[id]">) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const query = QuerySchema.parse(await searchParams);
  const [entry, options, revision, workflow, user, { locale, m }] = await Promise.all([
    getInitiativeEditor(id),
    listEditorOptions(),
    query.revision ? getRevisionForEditor(id, query.revision) : null,
    getWorkflowState(id),
    getSessionUser(),
    getAdminI18n(),
  ]);
  if (!entry || !workflow || !user) notFound();
  const { values, meta } = entry;
  const h = m.initiatives.header;
  const when = (iso: string) => `${formatDateTime(locale, iso)} ${m.common.utc}`;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/admin/initiatives" className="text-sm underline">
          {m.initiatives.back}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold break-words">{displayName(values) || meta.slug}</h1>
          <InitiativeStateBadge state={meta.state} label={m.states[meta.state]} />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t(locale, meta.updatedBy ? h.savedBy : h.saved, {
            version: values.version,
            date: when(meta.updatedAt),
            email: meta.updatedBy ?? "",
          })}
        </p>
        <nav aria-label={h.entry} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href={`/admin/initiatives/${id}/revisions`} className="underline">
            {h.revisions}
          </Link>
          {meta.state === "PUBLISHED" ? (
            <a href={`/en/initiatives/${meta.slug}`} className="underline">
              {h.publicPage}
            </a>
          ) : null}
          {meta.canDelete ? <InitiativeDeleteButton id={id} /> : null}
        </nav>
      </div>
      {revision ? (
        <p className="rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {t(locale, meta.state === "PUBLISHED" ? h.revisionOpenPublic : h.revisionOpen, {
            version: revision.version,
            date: when(revision.createdAt),
          })}{" "}
          <Link href={`/admin/initiatives/${id}`} className="underline">
            {h.backToCurrent}
          </Link>
        </p>
      ) : null}
      <WorkflowPanel
        id={id}
        slug={workflow.slug}
        state={workflow.state}
        schedules={workflow.schedules.map((s) => ({
          id: s.id,
          action: s.action,
          runAt: s.runAt.toISOString(),
        }))}
        allowed={{
          submit: can(user.role, "initiative.submit"),
          publish: can(user.role, "initiative.publish"),
          unpublish: can(user.role, "initiative.unpublish"),
          archive: can(user.role, "initiative.archive"),
          schedule: can(user.role, "initiative.schedule"),
          share: can(user.role, "initiative.share"),
        }}
      />
      <EditorForm
        key={revision?.id ?? "current"}
        initiativeId={id}
        initial={revision?.values ?? values}
        saved={values}
        options={options}
        canEdit={meta.canEdit}
        slugLocked={meta.publishedAt !== null || meta.state === "PUBLISHED"}
        media={meta.media}
        initialNotice={
          query.created ? { kind: "success", message: m.initiatives.results.created } : null
        }
      />
    </div>
  );
}
