import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { RunsTable } from "@/components/admin/imports/runs-table";
import { StartImportForm } from "@/components/admin/imports/start-import-form";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { countNewCandidates, listRuns } from "@/lib/imports/queries";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.imports.title };
}

export default async function ImportsPage() {
  const { allowed } = await staffPage("data.import");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const [runs, waiting] = await Promise.all([listRuns(), countNewCandidates()]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{m.imports.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{m.imports.lead}</p>
      </div>
      <section
        aria-labelledby="start-heading"
        className="max-w-3xl space-y-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="start-heading" className="text-lg font-semibold">
          {m.imports.start.title}
        </h2>
        <StartImportForm />
      </section>
      <section aria-labelledby="runs-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="runs-heading" className="text-lg font-semibold">
            {m.imports.runs.title}
          </h2>
          <Link
            href="/admin/imports/candidates"
            className="text-brand-700 dark:text-brand-300 font-medium underline"
          >
            {t(locale, m.imports.runs.review, { count: waiting })}
          </Link>
        </div>
        <RunsTable runs={runs} locale={locale} m={m} />
      </section>
    </div>
  );
}
