"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction } from "@/lib/users/actions";
import { ROLES } from "@/lib/users/roles";

export function UserRoleForm({
  userId,
  role,
  m,
}: {
  userId: string;
  role: Role;
  m: Pick<AdminMessages, "users" | "roles">;
}) {
  const [state, action] = useActionState(changeRoleAction, undefined);
  const chosen = !state?.ok && typeof state?.values?.role === "string" ? state.values.role : role;
  return (
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        id="user-role"
        name="role"
        label={m.users.role.label}
        defaultValue={chosen}
        options={ROLES.map((value) => ({ value, label: m.roles[value] }))}
        error={state?.fieldErrors?.role?.[0]}
      />
      <div className="w-fit">
        <SubmitButton pendingLabel={m.users.role.pending}>{m.users.role.submit}</SubmitButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
