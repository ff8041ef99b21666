"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { SubmitButton } from "@/components/ui/submit-button";
import { retryOutboxEmailAction } from "@/lib/email/actions";

export function RetryButton({ id }: { id: string }) {
  const { m } = useAdminText();
  const [state, action] = useActionState(retryOutboxEmailAction, undefined);
  return (
    <form action={action} className="w-32 space-y-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel={m.outbox.retrying} variant="secondary">
        {m.outbox.retry}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
