import type { PublicationState } from "@/lib/generated/prisma/enums";

const STYLES: Record<PublicationState, string> = {
  DRAFT: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  IN_REVIEW: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  PUBLISHED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  ARCHIVED: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200",
};

/** A publication state as a coloured label (the label from the admin dictionary's `states`). */
export function InitiativeStateBadge({ state, label }: { state: PublicationState; label: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLES[state]}`}
    >
      {label}
    </span>
  );
}
