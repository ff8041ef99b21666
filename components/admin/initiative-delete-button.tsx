"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { dangerButtonClass } from "@/components/admin/editor-fields";
import { deleteInitiativeAction } from "@/lib/initiatives/actions";

/** Deletes a draft or archived entry after an explicit confirmation (admins only). */
export function InitiativeDeleteButton({ id }: { id: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className={dangerButtonClass} onClick={() => setConfirming(true)}>
        Delete…
      </button>
    );
  }
  return (
    <span
      role="group"
      aria-labelledby="delete-question"
      className="flex flex-wrap items-center gap-2"
    >
      <span id="delete-question">Delete this entry and its history for good?</span>
      <button
        type="button"
        autoFocus
        disabled={pending}
        className={dangerButtonClass}
        onClick={() =>
          startTransition(async () => {
            const result = await deleteInitiativeAction(undefined, { id });
            if (!result.ok) return setMessage(result.message);
            router.push("/admin/initiatives");
          })
        }
      >
        {pending ? "Deleting…" : "Yes, delete"}
      </button>
      <button type="button" className="underline" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      <span role="alert" className="text-red-700 dark:text-red-400">
        {message}
      </span>
    </span>
  );
}
