import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/form-status";
import { NotAllowed } from "@/components/admin/not-allowed";
import { CandidateCard } from "@/components/admin/imports/candidate-card";
import { CandidateFilters } from "@/components/admin/imports/candidate-filters";
import { RunStatus } from "@/components/admin/imports/run-status";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getRun, listCandidates, listRuns, type InitiativeRef } from "@/lib/imports/queries";
import { CandidateQuerySchema, listHref, type CandidateQuery } from "@/lib/imports/schemas";
import { listAdminInitiatives } from "@/lib/initiatives/admin-list";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.imports.candidates.title };
}

/** Initiatives matching the search one candidate's attach form asked for. */
async function searchInitiatives(query: CandidateQuery): Promise<InitiativeRef[] | null> {
  if (!query.pick || !query.q) return null;
  const { rows } = await listAdminInitiatives({
    q: query.q,
    state: [],
    country: [],
    cause: [],
    missing: undefined,
    sort: "name",
    page: 1,
  });
  return rows.map((row) => ({ id: row.id, name: row.name, state: row.state }));
}

export default async function CandidatesPage({
  searchParams,
}: PageProps<"/admin/imports/candidates">) {
  const { allowed } = await staffPage("data.import");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const query = CandidateQuerySchema.parse(await searchParams);
  const [list, runs, run, found] = await Promise.all([
    listCandidates(query, locale),
    listRuns(),
    query.run ? getRun(query.run) : null,
    searchInitiatives(query),
  ]);
  const copy = m.imports.candidates;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/admin/imports" className="text-sm underline">
          {m.imports.title}
        </Link>
        <h1 className="text-2xl font-semibold">{copy.title}</h1>
      </div>
      {query.notice ? (
        <Notice>
          {t(locale, m.imports.results[query.notice], {
            name: query.subject ?? "",
            title: query.subject ?? "",
          })}
        </Notice>
      ) : null}
      {run ? <RunStatus run={run} locale={locale} m={m} /> : null}
      <CandidateFilters query={query} runs={runs} locale={locale} m={m} />
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {t(locale, copy.count, { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p>{copy.empty}</p>
      ) : (
        <div className="space-y-4">
          {list.rows.map((candidate) => (
            <CandidateCard
              key={candidate.id}
              candidate={candidate}
              query={query}
              found={query.pick === candidate.id ? found : null}
              locale={locale}
              m={m}
            />
          ))}
        </div>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={copy.pages} className="flex gap-4 text-sm">
          {query.page > 1 ? (
            <Link href={listHref(query, query.page - 1)} className="underline">
              {copy.previous}
            </Link>
          ) : null}
          {query.page < list.pageCount ? (
            <Link href={listHref(query, query.page + 1)} className="underline">
              {copy.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
