import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotAllowed } from "@/components/admin/not-allowed";
import {
  ApproveForm,
  NoteForm,
  RejectForm,
  RequestChangesForm,
  SpamForm,
} from "@/components/admin/submissions/decision-forms";
import { EraseForm } from "@/components/admin/submissions/erase-form";
import { MergeForm } from "@/components/admin/submissions/merge-form";
import { SubmissionStatusBadge } from "@/components/admin/submissions/status-badge";
import { SubmissionData } from "@/components/admin/submissions/submission-data";
import { SubmissionDiff } from "@/components/admin/submissions/submission-diff";
import {
  ContactCard,
  DuplicatesCard,
  LinkedInitiativeCard,
  SideCard,
} from "@/components/admin/submissions/submission-side";
import { SubmissionThread } from "@/components/admin/submissions/submission-thread";
import { formatDateTime, t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { can } from "@/lib/authz";
import { findMergeTargets, getSubmissionDetail } from "@/lib/submissions/admin-queries";
import { PENDING_STATUSES } from "@/lib/submissions/moderation";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.submissions.title };
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const SearchSchema = z.object({
  from: z.preprocess(first, z.coerce.number().int().min(1).optional().catch(undefined)),
  to: z.preprocess(first, z.coerce.number().int().min(1).optional().catch(undefined)),
  find: z.preprocess(first, z.string().trim().max(200).optional().catch(undefined)),
});

const LANGUAGES: Record<string, string> = { en: "English", ru: "Русский", kk: "Қазақша" };

export default async function SubmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await staffPage("submission.moderate");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const search = SearchSchema.parse(await searchParams);
  const [detail, found] = await Promise.all([
    getSubmissionDetail(id, locale),
    search.find ? findMergeTargets(search.find, locale) : null,
  ]);
  if (!detail) notFound();
  const d = m.submissions.detail;
  const a = m.submissions.actions;
  const pending = PENDING_STATUSES.includes(detail.status);
  const candidates = detail.duplicates.flatMap((c) =>
    c.kind === "initiative" && c.slug && c.state
      ? [{ id: c.id, slug: c.slug, state: c.state, name: c.name }]
      : [],
  );
  const versions = detail.versions;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/admin/submissions" className="text-sm underline">
          ← {d.back}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{detail.data.name || d.none}</h1>
          <SubmissionStatusBadge
            status={detail.status}
            label={m.submissions.status[detail.status]}
          />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t(locale, d.sent, {
            date: formatDateTime(locale, detail.createdAt),
            language: LANGUAGES[detail.locale] ?? detail.locale,
          })}
        </p>
        {detail.atRisk ? (
          <p className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
            {d.atRisk}
          </p>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <SideCard id="data-heading" title={d.data}>
            <SubmissionData detail={detail} m={m} />
          </SideCard>
          <div id="versions">
            <SideCard id="versions-heading" title={d.versions}>
              <SubmissionDiff
                detail={detail}
                from={search.from ?? versions.length - 1}
                to={search.to ?? versions.length}
                locale={locale}
                m={m}
              />
            </SideCard>
          </div>
          <SideCard id="thread-heading" title={d.thread}>
            <SubmissionThread messages={detail.messages} locale={locale} m={m} />
          </SideCard>
        </div>
        <div className="space-y-6">
          <SideCard id="decision-heading" title={a.title}>
            {pending ? null : (
              <p className="text-sm">
                {t(locale, a.closed, { status: m.submissions.status[detail.status] })}
              </p>
            )}
            {/* Always mounted, so a decision's outcome stays announced once the forms close. */}
            <div className="space-y-4">
              <ApproveForm id={detail.id} open={pending} />
              <RequestChangesForm id={detail.id} open={pending} />
              <div id="merge">
                <MergeForm
                  id={detail.id}
                  candidates={candidates}
                  found={found}
                  find={search.find ?? ""}
                  open={pending}
                />
              </div>
              <RejectForm id={detail.id} open={pending} />
              <SpamForm id={detail.id} open={pending} />
            </div>
          </SideCard>
          <LinkedInitiativeCard detail={detail} locale={locale} m={m} />
          <ContactCard detail={detail} locale={locale} m={m} />
          <DuplicatesCard detail={detail} m={m} />
          <SideCard id="note-heading" title={a.note}>
            <NoteForm id={detail.id} />
          </SideCard>
          {can(user.role, "user.manage") && !detail.erasedAt ? (
            <SideCard id="erase-heading" title={a.erase}>
              <EraseForm id={detail.id} />
            </SideCard>
          ) : null}
        </div>
      </div>
    </div>
  );
}
