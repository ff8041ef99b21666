"use client";

import { useActionState } from "react";
import { TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { changePasswordAction } from "@/lib/users/account-actions";

export function ChangePasswordForm({
  email,
  m,
  passwordHint,
}: {
  email: string;
  m: AdminMessages["account"]["password"];
  passwordHint: string;
}) {
  const [state, action] = useActionState(changePasswordAction, undefined);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="max-w-md space-y-5">
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id="currentPassword"
        name="currentPassword"
        type="password"
        label={m.current}
        autoComplete="current-password"
        required
        error={errors.currentPassword?.[0]}
      />
      <NewPasswordFields
        name="newPassword"
        label={m.next}
        confirmLabel={m.confirm}
        hint={passwordHint}
        errors={errors}
      />
      <FormStatus state={state} />
      <div className="w-fit">
        <SubmitButton pendingLabel={m.pending}>{m.submit}</SubmitButton>
      </div>
    </form>
  );
}
