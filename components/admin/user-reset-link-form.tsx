"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { IssuedLink } from "@/components/admin/one-time-link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AdminMessages } from "@/lib/admin-i18n/en";
import { issueResetLinkAction } from "@/lib/users/actions";

export function UserResetLinkForm({
  userId,
  m,
}: {
  userId: string;
  m: Pick<AdminMessages, "users" | "common">;
}) {
  const [state, action] = useActionState(issueResetLinkAction, undefined);
  const copy = m.users.reset;
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        <p className="text-sm text-slate-700 dark:text-slate-300">{copy.lead}</p>
        <div className="w-fit">
          <SubmitButton variant="secondary" pendingLabel={copy.pending}>
            {copy.submit}
          </SubmitButton>
        </div>
        <FormStatus state={state} />
      </form>
      {state?.ok && state.data ? (
        <IssuedLink
          id="reset-link"
          label={copy.linkLabel}
          hint={copy.linkHint}
          issued={state.data}
        />
      ) : null}
    </div>
  );
}
