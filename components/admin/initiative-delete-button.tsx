"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { dangerButtonClass } from "@/components/admin/editor-fields";
import { Spinner } from "@/components/admin/spinner";
import { deleteInitiativeAction } from "@/lib/initiatives/actions";

/** Deletes a draft or archived entry after an explicit confirmation (admins only). */
export function InitiativeDeleteButton({ id }: { id: string }) {
  const { m, sayState } = useAdminText();
  const d = m.initiatives.delete;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className={dangerButtonClass} onClick={() => setConfirming(true)}>
        {d.open}
      </button>
    );
  }
  return (
    <span
      role="group"
      aria-labelledby="delete-question"
      className="flex flex-wrap items-center gap-2"
    >
      <span id="delete-question">{d.question}</span>
      <button
        type="button"
        autoFocus
        disabled={pending}
        className={dangerButtonClass}
        onClick={() =>
          startTransition(async () => {
            const result = await deleteInitiativeAction(undefined, { id });
            if (!result.ok) return setMessage(sayState(result));
            router.push("/admin/initiatives");
          })
        }
      >
        {pending ? <Spinner size="size-3" /> : null}
        {pending ? d.pending : d.confirm}
      </button>
      <button
        type="button"
        className="underline"
        disabled={pending}
        onClick={() => setConfirming(false)}
      >
        {d.cancel}
      </button>
      <span role="alert" className="text-red-700 dark:text-red-400">
        {message}
      </span>
    </span>
  );
}
