import type { AdminMessages } from "@/lib/admin-i18n";

/** Shown instead of a page the user's role does not open (the data layer refuses it too). */
export function NotAllowed({ m }: { m: AdminMessages }) {
  return (
    <div>
      <h1 className="text-2xl font-semibold">{m.common.notAllowedTitle}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{m.common.notAllowed}</p>
    </div>
  );
}
