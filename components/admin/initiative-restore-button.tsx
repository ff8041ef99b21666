"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/admin/editor-fields";
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
            Restore version {version} as a new draft? The entry becomes a draft with that content;
            the current content stays in this history.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              autoFocus
              disabled={pending}
              className="bg-brand-700 hover:bg-brand-800 rounded-lg px-3 py-1.5 text-sm font-medium text-white disabled:opacity-70"
              onClick={() =>
                startTransition(async () => {
                  const outcome = await restoreRevisionAction(undefined, { revisionId });
                  setResult(outcome);
                  setConfirming(false);
                  if (outcome.ok) router.refresh();
                })
              }
            >
              {pending ? "Restoring…" : "Yes, restore as draft"}
            </button>
            <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={buttonClass} onClick={() => setConfirming(true)}>
          Restore as draft…
        </button>
      )}
      <p
        role={result && !result.ok ? "alert" : "status"}
        className={`text-sm ${result && !result.ok ? "text-red-700 dark:text-red-400" : ""}`}
      >
        {result?.message}{" "}
        {result?.ok ? (
          <Link href={`/admin/initiatives/${initiativeId}`} className="underline">
            Open the editor
          </Link>
        ) : null}
      </p>
    </div>
  );
}
