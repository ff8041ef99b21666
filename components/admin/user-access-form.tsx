"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { deactivateUserAction, reactivateUserAction } from "@/lib/users/actions";

/** Deactivates an active account or reactivates a deactivated one. */
export function UserAccessForm({
  userId,
  active,
  m,
}: {
  userId: string;
  active: boolean;
  m: AdminMessages["users"]["access"];
}) {
  const [state, action] = useActionState(
    active ? deactivateUserAction : reactivateUserAction,
    undefined,
  );
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {active ? m.deactivateLead : m.reactivateLead}
      </p>
      <div className="w-fit">
        {active ? (
          <SubmitButton variant="danger" pendingLabel={m.deactivating}>
            {m.deactivate}
          </SubmitButton>
        ) : (
          <SubmitButton pendingLabel={m.reactivating}>{m.reactivate}</SubmitButton>
        )}
      </div>
      <FormStatus state={state} />
    </form>
  );
}
