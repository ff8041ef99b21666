import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

const STYLES: Record<SubmissionStatus, string> = {
  NEW: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  APPROVED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  MERGED: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200",
  REJECTED: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
  SPAM: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

/** A submission's status as a coloured label (the label from `submissions.statuses`). */
export function SubmissionStatusBadge({
  status,
  label,
}: {
  status: SubmissionStatus;
  label: string;
}) {
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLES[status]}`}
    >
      {label}
    </span>
  );
}
