import Link from "next/link";
import { format } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { toSearchParams, type ListingQuery } from "@/lib/search/schemas";

interface Props {
  locale: UiLocale;
  query: ListingQuery;
  page: number;
  pageCount: number;
  basePath: string;
  messages: Messages;
}

/** Page numbers around the current one, with the first and last always reachable. */
function pagesToShow(page: number, count: number): (number | "gap")[] {
  const wanted = new Set([1, count, page - 1, page, page + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? ["gap" as const, p] : [p]));
}

export function Pagination({ locale, query, page, pageCount, basePath, messages: t }: Props) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const params = toSearchParams({ ...query, page: target }).toString();
    return params ? `${basePath}?${params}` : basePath;
  };
  const linkClass =
    "inline-flex min-w-10 justify-center rounded-lg border border-slate-300 px-3 py-2 text-sm hover:border-brand-600 dark:border-slate-700";
  return (
    <nav aria-label={t.listing.pagination} className="mt-8 flex flex-wrap items-center gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t.listing.previous}
        </Link>
      ) : null}
      {pagesToShow(page, pageCount).map((p, index) =>
        p === "gap" ? (
          <span key={`gap-${index}`} aria-hidden="true" className="px-1">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={href(p)}
            aria-current={p === page ? "page" : undefined}
            aria-label={format(locale, t.listing.pageOf, { page: p, count: pageCount })}
            className={`${linkClass} aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
          >
            {p}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t.listing.next}
        </Link>
      ) : null}
    </nav>
  );
}
