"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { IssuedLink } from "@/components/admin/one-time-link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { inviteUserAction } from "@/lib/users/actions";
import { ROLES } from "@/lib/users/roles";

export function UserInviteForm({ m }: { m: Pick<AdminMessages, "users" | "roles" | "common"> }) {
  const [state, action] = useActionState(inviteUserAction, undefined);
  const copy = m.users.invite;
  const values = state?.ok ? undefined : state?.values;
  return (
    <div className="space-y-4">
      <form
        action={action}
        noValidate
        className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start"
      >
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={copy.email}
          autoComplete="off"
          required
          defaultValue={typeof values?.email === "string" ? values.email : ""}
          error={state?.fieldErrors?.email?.[0]}
        />
        <SelectField
          id="invite-role"
          name="role"
          label={copy.role}
          defaultValue={typeof values?.role === "string" ? values.role : "EDITOR"}
          options={ROLES.map((role) => ({ value: role, label: m.roles[role] }))}
          error={state?.fieldErrors?.role?.[0]}
        />
        <div className="sm:pt-6">
          <SubmitButton pendingLabel={copy.pending}>{copy.submit}</SubmitButton>
        </div>
      </form>
      <FormStatus state={state} />
      {state?.ok && state.data ? (
        <IssuedLink
          id="invite-link"
          label={copy.linkLabel}
          hint={copy.linkHint}
          issued={state.data}
        />
      ) : null}
    </div>
  );
}
