import Link from "next/link";
import { t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";

/** The dashboard's pointer to the moderation queue (new and awaiting-changes submissions). */
export function PendingSubmissionsCard({
  count,
  locale,
  m,
}: {
  count: number;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const x = m.submissions.dashboard;
  return (
    <section
      aria-labelledby="pending-submissions-heading"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <div>
        <h2 id="pending-submissions-heading" className="text-lg font-semibold">
          {x.title}
        </h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {count > 0 ? t(locale, x.waiting, { count }) : x.none}
        </p>
      </div>
      <Link
        href="/admin/submissions?status=NEW"
        className="text-brand-700 dark:text-brand-300 font-medium underline"
      >
        {x.open}
      </Link>
    </section>
  );
}
