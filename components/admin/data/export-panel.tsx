import { t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";

const linkClass =
  "inline-flex items-center justify-center rounded-lg px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2";

/** Download links; the route handlers check the role and stream the file. */
export function ExportPanel({
  count,
  locale,
  m,
}: {
  count: number;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  return (
    <section
      aria-labelledby="export-title"
      className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="export-title" className="text-lg font-semibold">
        {m.data.export.title}
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {t(locale, m.data.export.lead, { count })}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <a
          href="/admin/data/export/csv"
          download
          className={`${linkClass} bg-brand-700 hover:bg-brand-800 text-white`}
        >
          {m.data.export.csv}
        </a>
        <a
          href="/admin/data/export/json"
          download
          className={`${linkClass} border border-slate-300 bg-white hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800`}
        >
          {m.data.export.json}
        </a>
      </div>
    </section>
  );
}
