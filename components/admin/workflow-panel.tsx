"use client";

import { useActionState, useState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { FormStatus } from "@/components/admin/form-status";
import { InlineSubmit } from "@/components/admin/inline-submit";
import { OneTimeLink } from "@/components/admin/one-time-link";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  cancelScheduleAction,
  createPreviewLinkAction,
  scheduleAction,
  transitionInitiativeAction,
} from "@/lib/initiatives/workflow-actions";

interface Props {
  id: string;
  slug: string;
  state: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
  schedules: { id: string; action: "PUBLISH" | "UNPUBLISH"; runAt: string }[];
  allowed: {
    submit: boolean;
    publish: boolean;
    unpublish: boolean;
    archive: boolean;
    schedule: boolean;
    share: boolean;
  };
}

const fieldClass =
  "w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950";

/** Review, publication, scheduling and share links for one entry. */
export function WorkflowPanel({ id, slug, state, schedules, allowed }: Props) {
  const { m, fmt, say, locale } = useAdminText();
  const w = m.workflow;
  const [transitionState, transitionFormAction] = useActionState(
    transitionInitiativeAction,
    undefined,
  );
  const [scheduleState, scheduleFormAction] = useActionState(scheduleAction, undefined);
  const [cancelState, cancelFormAction] = useActionState(cancelScheduleAction, undefined);
  const [shareState, shareFormAction] = useActionState(createPreviewLinkAction, undefined);
  const [localTime, setLocalTime] = useState("");
  const runAtIso = localTime ? new Date(localTime).toISOString() : "";
  const runAtError = scheduleState?.fieldErrors?.runAt?.[0];

  return (
    <section
      aria-labelledby="workflow-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="workflow-heading" className="font-semibold">
        {w.title}
      </h2>
      <p className="text-sm">
        {w.state} <strong>{m.states[state]}</strong>
        {state === "PUBLISHED" ? (
          <>
            {" "}
            ·{" "}
            <a href={`/en/initiatives/${slug}`} className="underline">
              {w.viewPublic}
            </a>
          </>
        ) : null}
      </p>
      <p className="text-sm">
        <a href={`/en/preview/${id}`} className="underline" target="_blank" rel="noreferrer">
          {w.preview}
        </a>
      </p>
      <form action={transitionFormAction} className="grid gap-2">
        <input type="hidden" name="id" value={id} />
        {allowed.submit && state === "DRAFT" ? (
          <SubmitButton name="transition" value="submit" pendingLabel={w.working}>
            {w.submit}
          </SubmitButton>
        ) : null}
        {allowed.publish && state !== "PUBLISHED" ? (
          <SubmitButton name="transition" value="publish" pendingLabel={w.working}>
            {w.publish}
          </SubmitButton>
        ) : null}
        {allowed.unpublish && state === "PUBLISHED" ? (
          <SubmitButton
            name="transition"
            value="unpublish"
            pendingLabel={w.working}
            variant="secondary"
          >
            {w.unpublish}
          </SubmitButton>
        ) : null}
        {allowed.archive && state !== "ARCHIVED" ? (
          <SubmitButton name="transition" value="archive" pendingLabel={w.working} variant="danger">
            {w.archive}
          </SubmitButton>
        ) : null}
        <FormStatus state={transitionState} />
      </form>

      {allowed.schedule ? (
        <form
          action={scheduleFormAction}
          noValidate
          className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800"
        >
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="runAt" value={runAtIso} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{w.schedule.legend}</legend>
            <label className="block text-sm">
              <span className="sr-only">{w.schedule.action}</span>
              <select name="action" className={fieldClass}>
                <option value="PUBLISH">{w.schedule.publishAt}</option>
                <option value="UNPUBLISH">{w.schedule.unpublishAt}</option>
              </select>
            </label>
            <label className="block text-sm">
              <span className="sr-only">{w.schedule.when}</span>
              <input
                type="datetime-local"
                value={localTime}
                onChange={(event) => setLocalTime(event.target.value)}
                aria-invalid={runAtError ? true : undefined}
                aria-describedby={runAtError ? "run-at-error" : undefined}
                className={fieldClass}
              />
            </label>
            {runAtError ? (
              <p id="run-at-error" className="text-sm text-red-700 dark:text-red-400">
                {say(runAtError)}
              </p>
            ) : null}
          </fieldset>
          <SubmitButton pendingLabel={w.schedule.pending} variant="secondary">
            {w.schedule.submit}
          </SubmitButton>
          <FormStatus state={scheduleState} />
        </form>
      ) : null}

      {schedules.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium">{w.schedule.list}</h3>
          <ul className="space-y-2 text-sm">
            {schedules.map((schedule) => (
              <li key={schedule.id} className="flex items-center justify-between gap-2">
                <span>
                  {fmt(w.schedule.item, {
                    action: m.initiatives.scheduleActions[schedule.action],
                    date: new Date(schedule.runAt).toLocaleString(locale, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                  })}
                </span>
                {allowed.schedule ? (
                  <form action={cancelFormAction}>
                    <input type="hidden" name="scheduleId" value={schedule.id} />
                    <InlineSubmit danger pendingLabel={w.schedule.cancelling}>
                      {w.schedule.cancel}
                    </InlineSubmit>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
          <FormStatus state={cancelState} />
        </div>
      ) : null}

      {allowed.share ? (
        <form
          action={shareFormAction}
          className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800"
        >
          <input type="hidden" name="id" value={id} />
          <label className="block text-sm">
            <span className="mb-1 block font-medium">{w.share.label}</span>
            <input
              name="days"
              type="number"
              min={1}
              max={30}
              defaultValue={7}
              className={`${fieldClass} w-24`}
            />
          </label>
          {shareState?.fieldErrors?.days?.[0] ? (
            <p className="text-sm text-red-700 dark:text-red-400">
              {say(shareState.fieldErrors.days[0])}
            </p>
          ) : null}
          <SubmitButton pendingLabel={w.share.pending} variant="secondary">
            {w.share.submit}
          </SubmitButton>
          <FormStatus state={shareState} />
          {shareState?.ok && shareState.data ? (
            <OneTimeLink
              id="share-link"
              label={w.share.linkLabel}
              link={shareState.data.url}
              hint={fmt(w.share.validUntil, {
                date: new Date(shareState.data.expiresAt).toLocaleString(locale, {
                  dateStyle: "medium",
                  timeStyle: "short",
                }),
              })}
              copyLabel={m.common.copy}
              copiedLabel={m.common.copied}
            />
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
