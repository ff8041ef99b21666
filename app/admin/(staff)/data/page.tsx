import type { Metadata } from "next";
import { ExportPanel } from "@/components/admin/data/export-panel";
import { ImportPanel } from "@/components/admin/data/import-panel";
import { NotAllowed } from "@/components/admin/not-allowed";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { can } from "@/lib/authz";
import { IMPORT_UPLOAD_MAX_BYTES, IMPORT_UPLOAD_MAX_MB } from "@/lib/transfer/limits";
import { getTransferSummary } from "@/lib/transfer/queries";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.data.title };
}

export default async function DataPage() {
  const { allowed, user } = await staffPage("data.export");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const summary = await getTransferSummary();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{m.data.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{m.data.intro}</p>
      </div>
      <ExportPanel count={summary.initiatives} locale={locale} m={m} />
      {can(user.role, "data.import") ? (
        <ImportPanel maxBytes={IMPORT_UPLOAD_MAX_BYTES} maxMb={IMPORT_UPLOAD_MAX_MB} />
      ) : null}
    </div>
  );
}
