import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/form-status";
import { NotAllowed } from "@/components/admin/not-allowed";
import { TaxonomyTable } from "@/components/admin/taxonomy-table";
import { t } from "@/lib/admin-i18n";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { listCausesForAdmin, listOrgTypesForAdmin } from "@/lib/taxonomy/admin-queries";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.taxonomy.title };
}

const buttonClass =
  "rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800";

export default async function TaxonomyPage({ searchParams }: PageProps<"/admin/taxonomy">) {
  const { allowed } = await staffPage("taxonomy.manage");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const { deleted } = await searchParams;
  const [causes, types] = await Promise.all([
    listCausesForAdmin(locale),
    listOrgTypesForAdmin(locale),
  ]);
  const x = m.taxonomy;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{x.title}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{x.lead}</p>
      </div>
      <Notice>
        {typeof deleted === "string"
          ? t(locale, x.delete.deleted, { name: deleted.slice(0, 60) })
          : undefined}
      </Notice>
      <section aria-labelledby="causes-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="causes-heading" className="text-xl font-semibold">
            {x.causes}
          </h2>
          <Link href="/admin/taxonomy/causes/new" className={buttonClass}>
            {x.newCause}
          </Link>
        </div>
        <TaxonomyTable
          rows={causes}
          basePath="/admin/taxonomy/causes"
          caption={x.causesCaption}
          locale={locale}
          m={x}
        />
      </section>
      <section aria-labelledby="types-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="types-heading" className="text-xl font-semibold">
            {x.orgTypes}
          </h2>
          <Link href="/admin/taxonomy/org-types/new" className={buttonClass}>
            {x.newOrgType}
          </Link>
        </div>
        <TaxonomyTable
          rows={types}
          basePath="/admin/taxonomy/org-types"
          caption={x.orgTypesCaption}
          locale={locale}
          m={x}
        />
      </section>
    </div>
  );
}
