import type { Metadata } from "next";
import Link from "next/link";
import { EditorForm } from "@/components/admin/editor-form";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { requireCapability } from "@/lib/auth/session";
import { listEditorOptions } from "@/lib/initiatives/admin-queries";
import { emptyEditorValues } from "@/lib/initiatives/editor-schema";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getAdminI18n();
  return { title: m.initiatives.newTitle };
}

export default async function NewInitiativePage() {
  await requireCapability("initiative.create");
  const [options, { m }] = await Promise.all([listEditorOptions(), getAdminI18n()]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/initiatives" className="text-sm underline">
          {m.initiatives.back}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{m.initiatives.newTitle}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{m.initiatives.newLead}</p>
      </div>
      <EditorForm
        initiativeId={null}
        initial={emptyEditorValues()}
        options={options}
        canEdit
        slugLocked={false}
        media={{}}
      />
    </div>
  );
}
