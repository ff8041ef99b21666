"use client";

import { useActionState } from "react";
import { TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { NewPasswordFields } from "@/components/admin/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { acceptInviteAction } from "@/lib/users/token-actions";

export function AcceptInviteForm({
  token,
  email,
  m,
}: {
  token: string;
  email: string;
  m: AdminMessages["invite"];
}) {
  const [state, action] = useActionState(acceptInviteAction, undefined);
  const errors = state?.fieldErrors ?? {};
  return (
    <form
      action={action}
      noValidate
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <TextField
        id="email"
        name="username"
        label={m.email}
        defaultValue={email}
        readOnly
        autoComplete="username"
      />
      <TextField
        id="name"
        name="name"
        label={m.name}
        autoComplete="name"
        required
        defaultValue={typeof state?.values?.name === "string" ? state.values.name : ""}
        error={errors.name?.[0]}
      />
      <NewPasswordFields
        name="password"
        label={m.password}
        confirmLabel={m.confirm}
        hint={m.passwordHint}
        errors={errors}
      />
      <FormStatus state={state} />
      <SubmitButton pendingLabel={m.pending}>{m.submit}</SubmitButton>
    </form>
  );
}
