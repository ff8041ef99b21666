import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { QueueFilters } from "@/components/admin/submissions/queue-filters";
import { SubmissionsTable } from "@/components/admin/submissions/submissions-table";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { listSubmissions } from "@/lib/submissions/admin-queries";
import { SubmissionQueueSchema } from "@/lib/submissions/moderation-schemas";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.submissions.title };
}

export default async function SubmissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { allowed } = await staffPage("submission.moderate");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const query = SubmissionQueueSchema.parse(await searchParams);
  const queue = await listSubmissions(query);
  const x = m.submissions.table;
  const pageHref = (page: number) => {
    const params = new URLSearchParams({
      status: query.status,
      sort: query.sort,
      page: String(page),
    });
    if (query.q) params.set("q", query.q);
    return `/admin/submissions?${params}`;
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{m.submissions.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{m.submissions.intro}</p>
      </div>
      <QueueFilters query={query} counts={queue.counts} m={m} />
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {t(locale, x.summary, { total: queue.total, page: queue.page, pages: queue.pages })}
      </p>
      <SubmissionsTable rows={queue.rows} locale={locale} m={m} />
      <nav aria-label={x.caption} className="flex gap-3 text-sm">
        {queue.page > 1 ? (
          <Link href={pageHref(queue.page - 1)} className="underline">
            {x.previous}
          </Link>
        ) : null}
        {queue.page < queue.pages ? (
          <Link href={pageHref(queue.page + 1)} className="underline">
            {x.next}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
