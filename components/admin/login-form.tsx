"use client";

import { useActionState } from "react";
import { TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { signInAction } from "@/lib/auth/actions";

type LoginMessages = AdminMessages["login"];

/** signInAction answers in English; these are its messages, by the dictionary entry saying them. */
const KNOWN: Record<string, keyof LoginMessages> = {
  "The email address or password is not correct.": "invalid",
  "Too many failed attempts. Sign-in is paused for 15 minutes for this account or network.":
    "locked",
  "Enter your email address and password.": "missing",
  "Enter your email address.": "emailRequired",
  "Enter your password.": "passwordRequired",
};

function translate(m: LoginMessages, message: string | undefined): string | undefined {
  if (!message) return message;
  const key = KNOWN[message];
  const text = key ? m[key] : undefined;
  return typeof text === "string" ? text : message;
}

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
        error={translate(m, state?.fieldErrors?.email?.[0])}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={m.password}
        autoComplete="current-password"
        required
        error={translate(m, state?.fieldErrors?.password?.[0])}
      />
      <FormStatus
        state={state ? { ok: state.ok, message: translate(m, state.message) ?? "" } : undefined}
      />
      <SubmitButton pendingLabel={m.pending}>{m.submit}</SubmitButton>
    </form>
  );
}
