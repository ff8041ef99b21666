import Link from "next/link";
import { format } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { toSearchParams, type ListingQuery } from "@/lib/search/schemas";
import type { FacetName, FacetValue } from "@/lib/search/types";

interface Props {
  locale: UiLocale;
  query: ListingQuery;
  facets: Record<FacetName, FacetValue[]>;
  basePath: string;
  messages: Messages;
}

const FACETS: FacetName[] = ["country", "cause", "type", "lang", "status"];

/** One removable chip per active filter; each is a plain link, so it works without JavaScript. */
export function ActiveFilters({ locale, query, facets, basePath, messages: t }: Props) {
  const chips: { key: string; label: string; href: string }[] = [];
  const href = (next: ListingQuery) => {
    const params = toSearchParams({ ...next, page: 1 }).toString();
    return params ? `${basePath}?${params}` : basePath;
  };
  if (query.q) {
    const label = format(locale, t.listing.queryChip, { q: query.q });
    chips.push({ key: "q", label, href: href({ ...query, q: "" }) });
  }
  for (const facet of FACETS) {
    for (const value of query[facet]) {
      const label = facets[facet].find((v) => v.value === value)?.label ?? value;
      const rest = (query[facet] as string[]).filter((v) => v !== value);
      chips.push({ key: `${facet}:${value}`, label, href: href({ ...query, [facet]: rest }) });
    }
  }
  if (chips.length === 0) return null;
  return (
    <div
      className="flex flex-wrap items-center gap-2"
      aria-label={t.listing.activeFilters}
      role="group"
    >
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={chip.href}
          scroll={false}
          aria-label={format(locale, t.listing.removeFilter, { label: chip.label })}
          className="bg-brand-50 text-brand-800 ring-brand-100 hover:bg-brand-100 inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm ring-1 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-700"
        >
          {chip.label}
          <span aria-hidden="true">×</span>
        </Link>
      ))}
      {chips.length > 1 ? (
        <Link
          href={basePath}
          scroll={false}
          className="text-brand-700 dark:text-brand-300 text-sm underline"
        >
          {t.listing.clearAll}
        </Link>
      ) : null}
    </div>
  );
}
