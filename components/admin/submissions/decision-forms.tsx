"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { SelectField, TextField } from "@/components/admin/form-field";
import { FormStatus } from "@/components/admin/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action";
import {
  addStaffNoteAction,
  approveSubmissionAction,
  markSpamAction,
  rejectSubmissionAction,
  requestChangesAction,
} from "@/lib/submissions/moderation-actions";
import { MESSAGE_MAX, REJECT_REASONS } from "@/lib/submissions/moderation-schemas";

/** Asks before a decision that emails the submitter or closes the submission (with JavaScript;
 * without it the button submits directly, as the server checks everything anyway). */
function confirmed(question: string) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    if (!window.confirm(question)) event.preventDefault();
  };
}

const text = (state: ActionState | undefined, key: string) => {
  const value = state && !state.ok ? state.values?.[key] : undefined;
  return typeof value === "string" ? value : "";
};

function Block({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 dark:border-slate-800">
      <h3 className="font-medium">{title}</h3>
      {help ? <p className="text-sm text-slate-600 dark:text-slate-400">{help}</p> : null}
      {children}
    </div>
  );
}

/**
 * A decision closes the submission, and the page then renders without the forms; each form
 * stays mounted (rendered with `open` false) so the outcome is still announced there.
 */
function Outcome({ state, children }: { state: ActionState | undefined; children?: ReactNode }) {
  if (!state?.ok) return null;
  return (
    <div className="space-y-1">
      <FormStatus state={state} />
      {children}
    </div>
  );
}

export function ApproveForm({ id, open }: { id: string; open: boolean }) {
  const { m } = useAdminText();
  const a = m.submissions.actions;
  const [state, action] = useActionState(approveSubmissionAction, undefined);
  const editorLink =
    state?.ok && state.data ? (
      <Link
        href={`/admin/initiatives/${state.data.initiativeId}`}
        className="text-brand-700 dark:text-brand-300 text-sm underline"
      >
        {m.submissions.detail.openEditor}
      </Link>
    ) : null;
  if (!open) return <Outcome state={state}>{editorLink}</Outcome>;
  return (
    <Block title={a.approve} help={a.approveHelp}>
      <form action={action} onSubmit={confirmed(a.approveConfirm)}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton pendingLabel={a.approving}>{a.approve}</SubmitButton>
      </form>
      <FormStatus state={state} />
      {editorLink}
    </Block>
  );
}

export function RequestChangesForm({ id, open }: { id: string; open: boolean }) {
  const { m } = useAdminText();
  const a = m.submissions.actions;
  const [state, action] = useActionState(requestChangesAction, undefined);
  if (!open) return <Outcome state={state} />;
  return (
    <Block title={a.requestChanges} help={a.requestChangesHelp}>
      <form action={action} noValidate className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <TextField
          id="changes-message"
          name="message"
          label={a.message}
          multiline
          required
          maxLength={MESSAGE_MAX}
          defaultValue={text(state, "message")}
          error={state?.fieldErrors?.message?.[0]}
        />
        <SubmitButton pendingLabel={a.sending} variant="secondary">
          {a.send}
        </SubmitButton>
      </form>
      <FormStatus state={state} />
    </Block>
  );
}

export function RejectForm({ id, open }: { id: string; open: boolean }) {
  const { m } = useAdminText();
  const a = m.submissions.actions;
  const [state, action] = useActionState(rejectSubmissionAction, undefined);
  if (!open) return <Outcome state={state} />;
  return (
    <Block title={a.reject}>
      <form action={action} noValidate onSubmit={confirmed(a.rejectConfirm)} className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <SelectField
          id="reject-reason"
          name="reason"
          label={a.reason}
          defaultValue={text(state, "reason") || REJECT_REASONS[0]}
          options={REJECT_REASONS.map((reason) => ({
            value: reason,
            label: a.rejectReasons[reason],
          }))}
          error={state?.fieldErrors?.reason?.[0]}
        />
        <TextField
          id="reject-message"
          name="message"
          label={a.rejectMessage}
          multiline
          maxLength={MESSAGE_MAX}
          defaultValue={text(state, "message")}
          error={state?.fieldErrors?.message?.[0]}
        />
        <SubmitButton pendingLabel={a.rejecting} variant="danger">
          {a.reject}
        </SubmitButton>
      </form>
      <FormStatus state={state} />
    </Block>
  );
}

export function SpamForm({ id, open }: { id: string; open: boolean }) {
  const { m } = useAdminText();
  const a = m.submissions.actions;
  const [state, action] = useActionState(markSpamAction, undefined);
  if (!open) return <Outcome state={state} />;
  return (
    <Block title={a.spam} help={a.spamHelp}>
      <form action={action} onSubmit={confirmed(a.spamConfirm)}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton pendingLabel={a.marking} variant="secondary">
          {a.spam}
        </SubmitButton>
      </form>
      <FormStatus state={state} />
    </Block>
  );
}

export function NoteForm({ id }: { id: string }) {
  const { m } = useAdminText();
  const a = m.submissions.actions;
  const [state, action] = useActionState(addStaffNoteAction, undefined);
  return (
    <div className="space-y-2">
      <form action={action} noValidate className="space-y-2">
        <input type="hidden" name="id" value={id} />
        <TextField
          id="note-message"
          name="message"
          label={a.note}
          hint={a.noteHelp}
          multiline
          required
          maxLength={MESSAGE_MAX}
          defaultValue={text(state, "message")}
          error={state?.fieldErrors?.message?.[0]}
        />
        <SubmitButton pendingLabel={a.adding} variant="secondary">
          {a.addNote}
        </SubmitButton>
      </form>
      <FormStatus state={state} />
    </div>
  );
}
