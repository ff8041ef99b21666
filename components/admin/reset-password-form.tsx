"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { resetPasswordAction } from "@/lib/users/token-actions";

export function ResetPasswordForm({
  token,
  email,
  m,
  passwordHint,
}: {
  token: string;
  email: string;
  m: AdminMessages["reset"];
  passwordHint: string;
}) {
  const [state, action] = useActionState(resetPasswordAction, undefined);
  const errors = state?.fieldErrors ?? {};
  return (
    <form
      action={action}
      noValidate
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <input type="hidden" name="token" value={token} />
      {/* Hidden from view but read by password managers, to file the new password correctly. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <NewPasswordFields
        name="password"
        label={m.password}
        confirmLabel={m.confirm}
        hint={passwordHint}
        errors={errors}
      />
      <FormStatus state={state} />
      <SubmitButton pendingLabel={m.pending}>{m.submit}</SubmitButton>
    </form>
  );
}
