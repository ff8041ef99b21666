"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInAction } from "@/lib/auth/actions";

export function LoginForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, undefined);
  const emailError = state?.fieldErrors?.email?.[0];
  const passwordError = state?.fieldErrors?.password?.[0];
  return (
    <form
      action={action}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      noValidate
    >
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={typeof state?.values?.email === "string" ? state.values.email : ""}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
        />
        {emailError ? (
          <p id="email-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {emailError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
        />
        {passwordError ? (
          <p id="password-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {passwordError}
          </p>
        ) : null}
      </div>
      <p
        role="alert"
        aria-live="assertive"
        className="min-h-5 text-sm text-red-700 dark:text-red-400"
      >
        {state && !state.ok ? state.message : ""}
      </p>
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
