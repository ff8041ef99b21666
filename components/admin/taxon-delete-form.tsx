"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action";
import type { AdminMessages } from "@/lib/admin-i18n/en";

export function TaxonDeleteForm({
  id,
  action: serverAction,
  usedBy,
  inUse,
  m,
}: {
  id: string;
  action: (state: ActionState | undefined, formData: FormData) => Promise<ActionState>;
  usedBy: string;
  inUse: boolean;
  m: AdminMessages["taxonomy"]["delete"];
}) {
  const [state, action] = useActionState(serverAction, undefined);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {usedBy} {m.lead}
      </p>
      {inUse ? null : (
        <div className="w-fit">
          <SubmitButton variant="danger" pendingLabel={m.pending}>
            {m.submit}
          </SubmitButton>
        </div>
      )}
      <FormStatus state={state} />
    </form>
  );
}
