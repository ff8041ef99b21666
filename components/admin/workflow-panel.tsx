"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/action";
import {
  archiveInitiativeAction,
  cancelScheduleAction,
  createPreviewLinkAction,
  publishInitiativeAction,
  scheduleAction,
  submitForReviewAction,
  unpublishInitiativeAction,
} from "@/lib/initiatives/workflow-actions";

interface Props {
  id: string;
  slug: string;
  state: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
  schedules: { id: string; action: string; runAt: string }[];
  allowed: {
    submit: boolean;
    publish: boolean;
    unpublish: boolean;
    archive: boolean;
    schedule: boolean;
    share: boolean;
  };
}

function Message({ state }: { state: ActionState | undefined }) {
  if (!state?.message) return null;
  return (
    <p
      role="status"
      className={`text-sm ${state.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
    >
      {state.message}
    </p>
  );
}

const TRANSITIONS = {
  submit: submitForReviewAction,
  publish: publishInitiativeAction,
  unpublish: unpublishInitiativeAction,
  archive: archiveInitiativeAction,
} as const;

/** One form for every state change: its outcome stays on screen after the buttons change. */
async function runTransition(
  previous: ActionState | undefined,
  formData: FormData,
): Promise<ActionState> {
  const transition = formData.get("transition");
  const action =
    typeof transition === "string"
      ? TRANSITIONS[transition as keyof typeof TRANSITIONS]
      : undefined;
  if (!action) return { ok: false, message: "Choose an action." };
  return action(previous, formData);
}

/** Review, publication, scheduling and share links for one entry. */
export function WorkflowPanel({ id, slug, state, schedules, allowed }: Props) {
  const [transitionState, transitionFormAction] = useActionState(runTransition, undefined);
  const [scheduleState, scheduleFormAction] = useActionState(scheduleAction, undefined);
  const [cancelState, cancelFormAction] = useActionState(cancelScheduleAction, undefined);
  const [shareState, shareFormAction] = useActionState(createPreviewLinkAction, undefined);
  const [localTime, setLocalTime] = useState("");
  const runAtIso = localTime ? new Date(localTime).toISOString() : "";

  return (
    <section
      aria-labelledby="workflow-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="workflow-heading" className="font-semibold">
        Publication
      </h2>
      <p className="text-sm">
        State: <strong>{state.replace("_", " ").toLowerCase()}</strong>
        {state === "PUBLISHED" ? (
          <>
            {" "}
            ·{" "}
            <a href={`/en/initiatives/${slug}`} className="underline">
              view public page
            </a>
          </>
        ) : null}
      </p>
      <p className="text-sm">
        <a href={`/en/preview/${id}`} className="underline" target="_blank" rel="noreferrer">
          Preview as the public will see it
        </a>
      </p>
      <form action={transitionFormAction} className="grid gap-2">
        <input type="hidden" name="id" value={id} />
        {allowed.submit && state === "DRAFT" ? (
          <SubmitButton name="transition" value="submit" pendingLabel="Working…" variant="primary">
            Submit for review
          </SubmitButton>
        ) : null}
        {allowed.publish && state !== "PUBLISHED" ? (
          <SubmitButton name="transition" value="publish" pendingLabel="Working…" variant="primary">
            Publish now
          </SubmitButton>
        ) : null}
        {allowed.unpublish && state === "PUBLISHED" ? (
          <SubmitButton name="transition" value="unpublish" pendingLabel="Working…">
            Unpublish
          </SubmitButton>
        ) : null}
        {allowed.archive && state !== "ARCHIVED" ? (
          <SubmitButton name="transition" value="archive" pendingLabel="Working…" variant="danger">
            Archive
          </SubmitButton>
        ) : null}
        <Message state={transitionState} />
      </form>

      {allowed.schedule ? (
        <form
          action={scheduleFormAction}
          className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800"
        >
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="runAt" value={runAtIso} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Schedule</legend>
            <label className="block text-sm">
              <span className="sr-only">Action</span>
              <select
                name="action"
                className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
              >
                <option value="PUBLISH">Publish at</option>
                <option value="UNPUBLISH">Unpublish at</option>
              </select>
            </label>
            <label className="block text-sm">
              <span className="sr-only">Date and time (your local time)</span>
              <input
                type="datetime-local"
                value={localTime}
                onChange={(event) => setLocalTime(event.target.value)}
                aria-describedby={scheduleState?.fieldErrors?.runAt ? "run-at-error" : undefined}
                className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
              />
            </label>
            {scheduleState?.fieldErrors?.runAt ? (
              <p id="run-at-error" className="text-sm text-red-700 dark:text-red-400">
                {scheduleState.fieldErrors.runAt[0]}
              </p>
            ) : null}
          </fieldset>
          <SubmitButton pendingLabel="Scheduling…" variant="secondary">
            Schedule
          </SubmitButton>
          <Message state={scheduleState} />
        </form>
      ) : null}

      {schedules.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium">Scheduled</h3>
          <ul className="space-y-2 text-sm">
            {schedules.map((schedule) => (
              <li key={schedule.id} className="flex items-center justify-between gap-2">
                <span>
                  {schedule.action.toLowerCase()} · {new Date(schedule.runAt).toLocaleString()}
                </span>
                {allowed.schedule ? (
                  <form action={cancelFormAction}>
                    <input type="hidden" name="scheduleId" value={schedule.id} />
                    <button type="submit" className="text-red-700 underline dark:text-red-400">
                      Cancel
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
          <Message state={cancelState} />
        </div>
      ) : null}

      {allowed.share ? (
        <form
          action={shareFormAction}
          className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800"
        >
          <input type="hidden" name="id" value={id} />
          <label className="block text-sm">
            <span className="mb-1 block font-medium">Share link for reviewers (days valid)</span>
            <input
              name="days"
              type="number"
              min={1}
              max={30}
              defaultValue={7}
              className="w-24 rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
            />
          </label>
          <SubmitButton pendingLabel="Creating…" variant="secondary">
            Create share link
          </SubmitButton>
          <Message state={shareState} />
          {shareState?.ok && shareState.data ? (
            <p className="text-sm break-all">
              <a href={(shareState.data as { url: string }).url} className="underline">
                {(shareState.data as { url: string }).url}
              </a>
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
