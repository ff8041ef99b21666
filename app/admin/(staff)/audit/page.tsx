import type { Metadata } from "next";
import Link from "next/link";
import { AuditFiltersForm } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { NotAllowed } from "@/components/admin/not-allowed";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { listAuditEntries } from "@/lib/audit-log/queries";
import { auditQueryString, parseAuditFilters } from "@/lib/audit-log/schemas";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.audit.title };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const { allowed } = await staffPage("audit.read");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const { filters, ignored } = parseAuditFilters(await searchParams);
  const page = await listAuditEntries(filters);
  const { before: _before, after: _after, ...kept } = filters;
  const linkClass =
    "rounded-lg border border-slate-300 px-3 py-2 text-sm hover:border-brand-600 dark:border-slate-700";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{m.audit.title}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{m.audit.lead}</p>
      </div>
      <AuditFiltersForm filters={kept} m={m} />
      {ignored ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {m.audit.invalidFilters}
        </p>
      ) : null}
      {page.entries.length ? (
        <AuditTable entries={page.entries} locale={locale} m={m} caption={m.audit.caption} />
      ) : (
        <p className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
          {m.audit.empty}
        </p>
      )}
      {page.newer || page.older ? (
        <nav aria-label={m.audit.pagination} className="flex gap-3">
          {page.newer ? (
            <Link
              href={`/admin/audit${auditQueryString({ ...kept, after: page.newer })}`}
              rel="prev"
              className={linkClass}
            >
              ← {m.audit.newer}
            </Link>
          ) : null}
          {page.older ? (
            <Link
              href={`/admin/audit${auditQueryString({ ...kept, before: page.older })}`}
              rel="next"
              className={linkClass}
            >
              {m.audit.older} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
