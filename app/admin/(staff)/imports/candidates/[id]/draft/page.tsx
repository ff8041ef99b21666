import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotAllowed } from "@/components/admin/not-allowed";
import { DraftForm } from "@/components/admin/imports/draft-form";
import { formatDay, t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getCandidate, listTaxonomyOptions } from "@/lib/imports/queries";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.imports.draft.title };
}

export default async function DraftFromCandidatePage({
  params,
}: PageProps<"/admin/imports/candidates/[id]/draft">) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { allowed } = await staffPage("data.import");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const [candidate, taxonomy] = await Promise.all([
    getCandidate(id, locale),
    listTaxonomyOptions(locale),
  ]);
  if (!candidate) notFound();
  const copy = m.imports.draft;
  const known = new Set(candidate.suggested.map((s) => s.name));
  // Hinted causes first: the first ticked one becomes the primary cause.
  const hinted = candidate.causes.map((c) => c.id);
  const causes = [...candidate.causes, ...taxonomy.causes.filter((c) => !hinted.includes(c.id))];
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <Link href={`/admin/imports/candidates#c-${candidate.id}`} className="text-sm underline">
          {copy.back}
        </Link>
        <h1 className="text-2xl font-semibold">{copy.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">{copy.lead}</p>
      </div>
      <section
        aria-label={copy.story}
        className="space-y-2 rounded-xl border border-slate-200 bg-white p-5 text-sm dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 className="text-base font-semibold">{candidate.title}</h2>
        <p className="text-slate-700 dark:text-slate-300">
          {[candidate.publisher, candidate.publishedAt && formatDay(locale, candidate.publishedAt)]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p className="whitespace-pre-line">{candidate.excerpt}</p>
      </section>
      {candidate.status === "NEW" && candidate.suggested.length ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {t(locale, copy.mentions, { names: candidate.suggested.map((s) => s.name).join(", ") })}
        </p>
      ) : null}
      {candidate.status === "NEW" ? (
        <section className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
          <DraftForm
            candidateId={candidate.id}
            defaults={{
              // Only a new name: an existing entry's would invite a duplicate.
              name: candidate.names.find((n) => !known.has(n)) ?? "",
              locale: candidate.locale ?? "en",
              countries: candidate.countries.map((c) => c.code),
              causes: hinted,
            }}
            countries={taxonomy.countries}
            causes={causes}
          />
        </section>
      ) : (
        <p role="status">{copy.handled}</p>
      )}
    </div>
  );
}
