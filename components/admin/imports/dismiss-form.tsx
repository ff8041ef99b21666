"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/admin/form-status";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { SubmitButton } from "@/components/ui/submit-button";
import { dismissCandidateAction } from "@/lib/imports/actions";

export function DismissForm({ candidateId, back }: { candidateId: string; back: string }) {
  const { m } = useAdminText();
  const [state, action] = useActionState(dismissCandidateAction, undefined);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="back" value={back} />
      <SubmitButton variant="secondary" pendingLabel={m.imports.dismiss.pending}>
        {m.imports.dismiss.submit}
      </SubmitButton>
      {state?.ok ? null : <FormStatus state={state} />}
    </form>
  );
}
