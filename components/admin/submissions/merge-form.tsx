"use client";

import { useActionState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { FieldError } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MergeTargetDto } from "@/lib/submissions/admin-queries";
import { mergeSubmissionAction } from "@/lib/submissions/moderation-actions";

/**
 * Merge into an entry chosen from the duplicate candidates or from a name search. The search is
 * a GET form on the page (`?find=`), so it works without JavaScript.
 */
export function MergeForm({
  id,
  candidates,
  found,
  find,
  open,
}: {
  id: string;
  open: boolean;
  candidates: MergeTargetDto[];
  found: MergeTargetDto[] | null;
  find: string;
}) {
  const { m } = useAdminText();
  const a = m.submissions.actions;
  const [state, action] = useActionState(mergeSubmissionAction, undefined);
  const options = [
    ...candidates,
    ...(found ?? []).filter((f) => !candidates.some((c) => c.id === f.id)),
  ];
  const error = state?.fieldErrors?.initiativeId?.[0];
  // Closed by this form's merge: keep announcing the outcome (see decision-forms.tsx).
  if (!open) return state?.ok ? <FormStatus state={state} /> : null;
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
      <h3 className="font-medium">{a.merge}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{a.mergeHelp}</p>
      <form
        method="get"
        action={`/admin/submissions/${id}#merge`}
        role="search"
        className="flex items-end gap-2 text-sm"
      >
        <label className="flex-1">
          <span className="mb-1 block font-medium">{a.mergeFind}</span>
          <input
            name="find"
            type="search"
            defaultValue={find}
            className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        <button
          type="submit"
          className="rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-700"
        >
          {a.mergeFindButton}
        </button>
      </form>
      {found && found.length === 0 ? <p className="text-sm">{a.mergeNoResults}</p> : null}
      {options.length > 0 ? (
        <form
          action={action}
          noValidate
          onSubmit={(event) => {
            if (!window.confirm(a.mergeConfirm)) event.preventDefault();
          }}
          className="space-y-2"
        >
          <input type="hidden" name="id" value={id} />
          <fieldset aria-describedby={error ? "merge-target-error" : undefined}>
            <legend className="mb-1 text-sm font-medium">{a.mergeTarget}</legend>
            <ul className="space-y-1 text-sm">
              {options.map((option) => (
                <li key={option.id}>
                  <label className="flex items-start gap-2">
                    <input type="radio" name="initiativeId" value={option.id} className="mt-1" />
                    <span>
                      {option.name}{" "}
                      <span className="text-xs text-slate-500">
                        {option.slug} · {m.states[option.state]}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id="merge-target" error={error} />
          </fieldset>
          <SubmitButton pendingLabel={a.merging} variant="secondary">
            {a.mergeButton}
          </SubmitButton>
        </form>
      ) : null}
      <FormStatus state={state} />
    </div>
  );
}
