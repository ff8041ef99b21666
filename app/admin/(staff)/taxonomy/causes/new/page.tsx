import type { Metadata } from "next";
import { NotAllowed } from "@/components/admin/not-allowed";
import { TaxonPage } from "@/components/admin/taxon-page";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.taxonomy.newCause };
}

export default async function NewCausePage() {
  const { allowed } = await staffPage("taxonomy.manage");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  return <TaxonPage kind="cause" taxon={null} locale={locale} m={m} />;
}
