"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Spinner } from "@/components/admin/spinner";

/** A small text-style submit button (Cancel, Revoke) with the same pending state as SubmitButton. */
export function InlineSubmit({
  children,
  pendingLabel,
  danger,
}: {
  children: ReactNode;
  pendingLabel: string;
  danger?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center gap-1.5 underline disabled:opacity-70 ${danger ? "text-red-700 dark:text-red-400" : ""}`}
    >
      {pending ? <Spinner size="size-3" /> : null}
      {pending ? pendingLabel : children}
    </button>
  );
}
