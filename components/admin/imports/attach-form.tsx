"use client";

import { useActionState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { describedBy, FieldError, inputClass } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { attachCandidateAction } from "@/lib/imports/actions";
import type { InitiativeRef } from "@/lib/imports/queries";

/**
 * Attaches the candidate's article to the chosen initiative. The list holds the initiatives the
 * story mentions, then the results of the search above it (a plain GET form, so choosing works
 * without JavaScript too).
 */
export function AttachForm({
  candidateId,
  suggested,
  found,
  query,
  back,
}: {
  candidateId: string;
  /** The list to return to once attached. */
  back: string;
  suggested: InitiativeRef[];
  found: InitiativeRef[] | null;
  query: string | null;
}) {
  const { m, fmt } = useAdminText();
  const copy = m.imports.attach;
  const [state, action] = useActionState(attachCandidateAction, undefined);
  const id = `attach-${candidateId}`;
  const error = state?.fieldErrors?.initiativeId?.[0];
  const others = (found ?? []).filter((f) => !suggested.some((s) => s.id === f.id));
  const label = (i: InitiativeRef) => `${i.name} (${m.states[i.state]})`;
  const chosen =
    typeof state?.values?.initiativeId === "string"
      ? state.values.initiativeId
      : (found?.[0]?.id ?? suggested[0]?.id ?? "");
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="back" value={back} />
      <label htmlFor={id} className="block text-sm font-medium">
        {copy.initiative}
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <select
          id={id}
          name="initiativeId"
          key={chosen}
          defaultValue={chosen}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, undefined, error)}
          className={`${inputClass} max-w-md flex-1`}
        >
          <option value="">{copy.choose}</option>
          {suggested.length ? (
            <optgroup label={copy.suggested}>
              {suggested.map((i) => (
                <option key={i.id} value={i.id}>
                  {label(i)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {others.length && query ? (
            <optgroup label={fmt(copy.found, { query })}>
              {others.map((i) => (
                <option key={i.id} value={i.id}>
                  {label(i)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        <div className="w-full sm:w-36">
          <SubmitButton pendingLabel={copy.pending}>{copy.submit}</SubmitButton>
        </div>
      </div>
      <FieldError id={id} error={error} />
      <FormStatus state={state} />
    </form>
  );
}
