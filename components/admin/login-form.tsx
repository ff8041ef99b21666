"use client";

import { useActionState } from "react";
import { TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { signInAction } from "@/lib/auth/actions";

type LoginMessages = AdminMessages["login"];

export function LoginForm({ next, m }: { next?: string; m: LoginMessages }) {
  const [state, action] = useActionState(signInAction, undefined);
  const email = typeof state?.values?.email === "string" ? state.values.email : "";
  return (
    <form
      action={action}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      noValidate
    >
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="email"
        name="email"
        type="email"
        label={m.email}
        autoComplete="username"
        required
        defaultValue={email}
        error={state?.fieldErrors?.email?.[0]}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={m.password}
        autoComplete="current-password"
        required
        error={state?.fieldErrors?.password?.[0]}
      />
      <FormStatus state={state} />
      <SubmitButton pendingLabel={m.pending}>{m.submit}</SubmitButton>
    </form>
  );
}
