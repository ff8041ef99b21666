"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { buttonClass } from "@/components/admin/editor-fields";
import { Spinner } from "@/components/admin/spinner";
import type { ActionState } from "@/lib/action";
import { restoreRevisionAction } from "@/lib/initiatives/actions";

/** "Restore as draft", confirmed in a second step; the outcome is announced. */
export function InitiativeRestoreButton({
  initiativeId,
  revisionId,
  version,
}: {
  initiativeId: string;
  revisionId: string;
  version: number;
}) {
  const { m, fmt, sayState } = useAdminText();
  const r = m.revisions.restore;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();
  const questionId = `restore-${revisionId}`;
  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-labelledby={questionId} className="space-y-2">
          <p id={questionId} className="text-sm">
            {fmt(r.question, { version })}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              autoFocus
              disabled={pending}
              className="bg-brand-700 hover:bg-brand-800 inline-flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-70"
              onClick={() =>
                startTransition(async () => {
                  const outcome = await restoreRevisionAction(undefined, { revisionId });
                  setResult(outcome);
                  setConfirming(false);
                  if (outcome.ok) router.refresh();
                })
              }
            >
              {pending ? <Spinner size="size-3" /> : null}
              {pending ? r.pending : r.confirm}
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={pending}
              onClick={() => setConfirming(false)}
            >
              {r.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={buttonClass} onClick={() => setConfirming(true)}>
          {r.open}
        </button>
      )}
      <p
        role={result && !result.ok ? "alert" : "status"}
        className={`text-sm ${result && !result.ok ? "text-red-700 dark:text-red-400" : ""}`}
      >
        {sayState(result)}{" "}
        {result?.ok ? (
          <Link href={`/admin/initiatives/${initiativeId}`} className="underline">
            {r.openEditor}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
