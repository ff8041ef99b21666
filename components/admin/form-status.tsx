"use client";

import { useAdminText } from "@/components/admin/admin-i18n-provider";
import type { MessageParams } from "@/lib/admin-i18n/codes";

/**
 * Announces a form's outcome, in the staff member's language when the action gave a code. The
 * region is always rendered (empty at first), so screen readers are already listening when the
 * message arrives.
 */
export function FormStatus({
  state,
}: {
  state?: { ok: boolean; message: string; code?: string; params?: MessageParams };
}) {
  const { sayState } = useAdminText();
  return (
    <div
      role="status"
      aria-live="polite"
      className={`min-h-5 text-sm ${state?.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}
    >
      {sayState(state)}
    </div>
  );
}

/** A notice carried over a redirect (e.g. ?saved=created), shown once on the next page. */
export function Notice({ children }: { children?: string }) {
  if (!children) return null;
  return (
    <p
      role="status"
      className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200"
    >
      {children}
    </p>
  );
}
