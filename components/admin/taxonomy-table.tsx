import Link from "next/link";
import { t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { TaxonRowDto } from "@/lib/taxonomy/admin-queries";

/** Causes (with their SDGs) or organisation types, each linking to its edit page. */
export function TaxonomyTable({
  rows,
  basePath,
  caption,
  locale,
  m,
}: {
  rows: (TaxonRowDto & { sdgs?: number[] })[];
  basePath: string;
  caption: string;
  locale: AdminLocale;
  m: AdminMessages["taxonomy"];
}) {
  const withSdgs = rows.some((row) => row.sdgs !== undefined);
  const cell = "px-4 py-2";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950">
          <tr>
            <th scope="col" className={`${cell} font-medium`}>
              {m.columns.name}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {m.columns.slug}
            </th>
            {withSdgs ? (
              <th scope="col" className={`${cell} font-medium`}>
                {m.columns.sdgs}
              </th>
            ) : null}
            <th scope="col" className={`${cell} font-medium`}>
              {m.columns.sortOrder}
            </th>
            <th scope="col" className={`${cell} font-medium`}>
              {m.columns.used}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={`${cell} font-normal`}>
                <Link
                  href={`${basePath}/${row.id}`}
                  aria-label={t(locale, m.edit, { name: row.name })}
                  className="text-brand-700 dark:text-brand-300 hover:underline"
                >
                  {row.name}
                </Link>
              </th>
              <td className={`${cell} font-mono text-xs`}>{row.slug}</td>
              {withSdgs ? (
                <td className={cell}>{row.sdgs?.toSorted((a, b) => a - b).join(", ") || "—"}</td>
              ) : null}
              <td className={cell}>{row.sortOrder}</td>
              <td className={cell}>{row.used}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
