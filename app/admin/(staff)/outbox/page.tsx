import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/admin/not-allowed";
import { OutboxTable } from "@/components/admin/outbox/outbox-table";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { listOutbox, OUTBOX_STATUSES, OutboxQuerySchema } from "@/lib/email/admin-queries";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.outbox.title };
}

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { allowed } = await staffPage("outbox.read");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const query = OutboxQuerySchema.parse(await searchParams);
  const outbox = await listOutbox(query);
  const o = m.outbox;
  const href = (status: string | undefined, page = 1) => {
    const params = new URLSearchParams({ page: String(page) });
    if (status) params.set("status", status);
    return `/admin/outbox?${params}`;
  };
  const total = outbox.counts.PENDING + outbox.counts.SENT + outbox.counts.FAILED;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{o.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{o.intro}</p>
        <p
          className={`mt-2 text-sm ${outbox.smtpConfigured ? "text-slate-600 dark:text-slate-400" : "text-amber-800 dark:text-amber-300"}`}
        >
          {outbox.smtpConfigured ? o.smtpOn : o.smtpOff}
        </p>
      </div>
      <nav aria-label={o.filterLabel}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {[undefined, ...OUTBOX_STATUSES].map((status) => {
            const current = query.status === status;
            return (
              <li key={status ?? "all"}>
                <Link
                  href={href(status)}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 ${
                    current
                      ? "border-brand-700 bg-brand-700 text-white"
                      : "border-slate-300 bg-white hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
                  }`}
                >
                  {status ? o.statuses[status] : o.all}
                  <span className="tabular-nums opacity-80">
                    {status ? outbox.counts[status] : total}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t(locale, o.summary, { total: outbox.total, page: outbox.page, pages: outbox.pages })}
      </p>
      <OutboxTable rows={outbox.rows} locale={locale} m={m} />
      <nav aria-label={o.caption} className="flex gap-3 text-sm">
        {outbox.page > 1 ? (
          <Link href={href(query.status, outbox.page - 1)} className="underline">
            {m.submissions.table.previous}
          </Link>
        ) : null}
        {outbox.page < outbox.pages ? (
          <Link href={href(query.status, outbox.page + 1)} className="underline">
            {m.submissions.table.next}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
