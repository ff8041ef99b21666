import type { Metadata } from "next";
import Link from "next/link";
import { InitiativeCard } from "@/components/initiatives/initiative-card";
import { ActiveFilters } from "@/components/search/active-filters";
import { ListingFilters } from "@/components/search/listing-filters";
import { Pagination } from "@/components/search/pagination";
import { format } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { alternatesFor } from "@/lib/i18n/metadata";
import { searchInitiatives } from "@/lib/search/queries";
import { effectiveSort, type ListingQuery } from "@/lib/search/schemas";

/**
 * The listing at /{locale}/initiatives. Two routes render it: with URL parameters
 * (initiatives/page.tsx, per request) and without (all-initiatives/page.tsx, prerendered and
 * served from cache until the directory changes; proxy.ts rewrites the bare address to it).
 */

function toFilterCount(query: ListingQuery) {
  return (
    (query.q ? 1 : 0) +
    query.country.length +
    query.cause.length +
    query.type.length +
    query.lang.length +
    query.status.length
  );
}

export function listingMetadata(locale: UiLocale, query: ListingQuery): Metadata {
  const t = getMessages(locale);
  const filtered = toFilterCount(query) > 0 || query.page > 1;
  return {
    title: query.q ? format(locale, t.listing.resultsFor, { q: query.q }) : t.listing.title,
    alternates: alternatesFor(locale, "/initiatives"),
    // Filtered and searched variants are for people; the plain listing is for search engines.
    robots: filtered ? { index: false, follow: true } : undefined,
  };
}

export async function ListingPage({ locale, query }: { locale: UiLocale; query: ListingQuery }) {
  const t = getMessages(locale);
  const result = await searchInitiatives(query, locale);
  const basePath = `/${locale}/initiatives`;

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      <div className="lg:order-2">
        <h1 className="text-3xl font-bold tracking-tight">
          {query.q ? format(locale, t.listing.resultsFor, { q: query.q }) : t.listing.title}
        </h1>
        <p
          className="mt-2 text-slate-600 dark:text-slate-400"
          aria-live="polite"
          aria-atomic="true"
        >
          {format(locale, t.listing.count, { count: result.total })}
        </p>
        <div className="mt-4">
          <ActiveFilters
            locale={locale}
            query={query}
            facets={result.facets}
            basePath={basePath}
            messages={t}
          />
        </div>

        {result.hits.length === 0 ? (
          <div className="mt-8 rounded-xl border border-dashed border-slate-300 p-8 dark:border-slate-700">
            <p className="font-medium">{t.listing.empty}</p>
            <p className="mt-2 text-slate-600 dark:text-slate-400">{t.listing.emptyHints}</p>
            {toFilterCount(query) > 0 ? (
              <Link
                href={basePath}
                className="text-brand-700 dark:text-brand-300 mt-4 inline-block underline"
              >
                {t.listing.clearAll}
              </Link>
            ) : null}
          </div>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {result.hits.map((hit) => (
              <li key={hit.slug}>
                <InitiativeCard
                  initiative={hit}
                  locale={locale}
                  snippet={hit.snippet}
                  headingLevel={2}
                />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          locale={locale}
          query={query}
          page={result.page}
          pageCount={result.pageCount}
          basePath={basePath}
          messages={t}
        />
      </div>

      <aside className="lg:order-1" aria-label={t.listing.filters}>
        <details
          open
          className="group rounded-xl border border-slate-200 p-4 lg:border-0 lg:p-0 dark:border-slate-800"
        >
          <summary className="cursor-pointer font-semibold lg:hidden">{t.listing.filters}</summary>
          <div className="mt-4 lg:mt-0">
            <ListingFilters
              query={query}
              sort={effectiveSort(query)}
              facets={result.facets}
              labels={t.listing}
            />
          </div>
        </details>
      </aside>
    </div>
  );
}
