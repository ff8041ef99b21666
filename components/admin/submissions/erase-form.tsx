"use client";

import { useActionState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { eraseSubmitterDataAction } from "@/lib/submissions/moderation-actions";

/** Admins only; typing ERASE is the confirmation, so it holds without JavaScript too. */
export function EraseForm({ id }: { id: string }) {
  const { m } = useAdminText();
  const a = m.submissions.actions;
  const [state, action] = useActionState(eraseSubmitterDataAction, undefined);
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">{a.eraseHelp}</p>
      <form action={action} noValidate className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <TextField
          id="erase-confirm"
          name="confirm"
          label={a.eraseConfirm}
          autoComplete="off"
          required
          error={state?.fieldErrors?.confirm?.[0]}
        />
        <SubmitButton pendingLabel={a.erasing} variant="danger">
          {a.eraseButton}
        </SubmitButton>
      </form>
      <FormStatus state={state} />
    </div>
  );
}
