import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotAllowed } from "@/components/admin/not-allowed";
import { TaxonPage } from "@/components/admin/taxon-page";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { getOrgTypeForAdmin } from "@/lib/taxonomy/admin-queries";
import { staffPage } from "@/lib/users/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.taxonomy.title };
}

export default async function EditOrgTypePage({
  params,
  searchParams,
}: PageProps<"/admin/taxonomy/org-types/[id]">) {
  const { allowed } = await staffPage("taxonomy.manage");
  const { locale, m } = await getAdminI18n();
  if (!allowed) return <NotAllowed m={m} />;
  const id = z.uuid().safeParse((await params).id);
  const taxon = id.success ? await getOrgTypeForAdmin(id.data, locale) : null;
  if (!taxon) notFound();
  const { saved } = await searchParams;
  return (
    <TaxonPage kind="orgType" taxon={taxon} created={saved === "created"} locale={locale} m={m} />
  );
}
