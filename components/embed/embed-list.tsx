import type { Theme } from "@/lib/embed/schemas";
import { format } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { toSearchParams, type ListingQuery } from "@/lib/search/schemas";
import type { SearchResult } from "@/lib/search/types";
import { EmbedHeight } from "./embed-height";

interface Props {
  locale: UiLocale;
  query: ListingQuery;
  theme: Theme;
  result: SearchResult;
}

const selectedLabel = (result: SearchResult, facet: "country" | "cause") =>
  result.facets[facet].find((value) => value.selected)?.label;

function heading(result: SearchResult, locale: UiLocale) {
  const t = getMessages(locale).embed;
  const country = selectedLabel(result, "country");
  const cause = selectedLabel(result, "cause");
  if (country && cause) return format(locale, t.titleCountry, { name: `${country} · ${cause}` });
  if (country) return format(locale, t.titleCountry, { name: country });
  if (cause) return format(locale, t.titleCause, { name: cause });
  return t.titleAll;
}

/**
 * The widget's content. Every link opens the directory in a new tab: the widget lives in a
 * partner's frame, and navigating inside it would strand the visitor there.
 */
export function EmbedList({ locale, query, theme, result }: Props) {
  const t = getMessages(locale);
  const listing = toSearchParams({ country: query.country, cause: query.cause }).toString();
  const newTab = { target: "_blank", rel: "noopener" } as const;
  return (
    <div id="civic-atlas-embed" className="embed p-4 text-sm" data-theme={theme}>
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-base font-semibold">{heading(result, locale)}</h1>
        <a
          href={`/${locale}`}
          {...newTab}
          className="text-xs font-medium text-(--embed-link) underline"
        >
          {t.meta.siteName}
          <span className="sr-only"> {t.embed.newTab}</span>
        </a>
      </header>
      {result.hits.length === 0 ? (
        <p className="text-(--embed-muted)">{t.embed.empty}</p>
      ) : (
        <ul className="space-y-2">
          {result.hits.map((hit) => {
            const lang = hit.isFallback ? hit.contentLocale : undefined;
            return (
              <li key={hit.slug}>
                <article className="rounded-lg border border-(--embed-border) p-3">
                  <h2 className="leading-snug font-semibold" lang={lang}>
                    <a
                      href={`/${locale}/initiatives/${hit.slug}`}
                      {...newTab}
                      className="text-(--embed-link) hover:underline"
                    >
                      {hit.name}
                      <span className="sr-only"> {t.embed.newTab}</span>
                    </a>
                  </h2>
                  <p className="mt-0.5 text-xs text-(--embed-muted)">
                    {hit.countries.map((c) => c.name).join(", ")}
                    {hit.primaryCause ? ` · ${hit.primaryCause.name}` : null}
                  </p>
                  <p className="mt-1 line-clamp-3 leading-5" lang={lang}>
                    {hit.summary}
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      )}
      <footer className="mt-3 flex flex-wrap items-baseline justify-between gap-2 text-xs">
        {result.total > 0 ? (
          <a
            href={`/${locale}/initiatives${listing ? `?${listing}` : ""}`}
            {...newTab}
            className="font-medium text-(--embed-link) underline"
          >
            {format(locale, t.embed.seeAll, { count: result.total })} →
            <span className="sr-only"> {t.embed.newTab}</span>
          </a>
        ) : null}
        <span className="text-(--embed-muted)">{t.embed.source}</span>
      </footer>
      <EmbedHeight />
    </div>
  );
}
