import type { Metadata } from "next";
import Link from "next/link";
import { EditorForm } from "@/components/admin/editor-form";
import { requireCapability } from "@/lib/auth/session";
import { listEditorOptions } from "@/lib/initiatives/admin-queries";
import { emptyEditorValues } from "@/lib/initiatives/editor-schema";

export const metadata: Metadata = { title: "New initiative" };

export default async function NewInitiativePage() {
  await requireCapability("initiative.create");
  const options = await listEditorOptions();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/initiatives" className="text-sm underline">
          Initiatives
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">New initiative</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          It is saved as a draft; nothing is public until an editor publishes it.
        </p>
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
