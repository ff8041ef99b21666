import type {
  CauseList,
  CountryList,
  InitiativeDetail,
  InitiativeList,
  InitiativeSummary,
} from "@/lib/api/schemas";
import type { UiLocale } from "@/lib/i18n/locales";
import type {
  CountryCountDto,
  InitiativeCardDto,
  InitiativeDetailDto,
  TaxonDto,
} from "@/lib/initiatives/queries";
import { effectiveSort, toSearchParams, type ListingQuery } from "@/lib/search/schemas";
import type { SearchResult } from "@/lib/search/types";
import type { CausePageDto } from "@/lib/taxonomy/queries";
import { queryTokens } from "@/lib/text/fold";

/**
 * Maps the site's DTOs (the same ones its pages render) to the API's shapes: the API shows what
 * the pages show, sensitive entries included, and nothing else.
 */

const activity = (status: InitiativeCardDto["activityStatus"]) =>
  status.toLowerCase() as InitiativeSummary["activityStatus"];

const country = (taxon: TaxonDto) => ({ code: taxon.key, name: taxon.name });
const taxon = (value: TaxonDto) => ({ slug: value.key, name: value.name });

export function toSummary(
  card: InitiativeCardDto,
  locale: UiLocale,
  site: string,
): InitiativeSummary {
  return {
    slug: card.slug,
    url: `${site}/${locale}/initiatives/${card.slug}`,
    apiUrl: `${site}/api/v1/initiatives/${card.slug}?locale=${locale}`,
    name: card.name,
    summary: card.summary,
    contentLocale: card.contentLocale,
    isFallback: card.isFallback,
    activityStatus: activity(card.activityStatus),
    countries: card.countries.map(country),
    primaryCause: card.primaryCause ? taxon(card.primaryCause) : null,
  };
}

export function toDetail(
  detail: InitiativeDetailDto,
  locale: UiLocale,
  site: string,
): InitiativeDetail {
  return {
    ...toSummary(detail, locale, site),
    description: detail.description,
    availableLocales: detail.availableLocales,
    sensitive: detail.sensitive,
    // readInitiativeDetail already hides these for sensitive entries; the API says so twice.
    city: detail.sensitive ? null : detail.city,
    region: detail.sensitive ? null : detail.region,
    foundedYear: detail.foundedYear,
    lastVerifiedAt: detail.lastVerifiedAt?.slice(0, 10) ?? null,
    publishedAt: detail.publishedAt,
    updatedAt: detail.updatedAt,
    orgType: detail.orgType ? taxon(detail.orgType) : null,
    causes: detail.causes.map(taxon),
    aliases: detail.aliases,
    links: detail.links,
    people: detail.sensitive ? [] : detail.people,
    funders: detail.funders,
    impacts: detail.impacts,
    sources: detail.sources.map((source) => ({
      ...source,
      publishedAt: source.publishedAt?.slice(0, 10) ?? null,
    })),
  };
}

/** The API address of a listing page, parameters in a stable order. */
export function listUrl(
  site: string,
  query: ListingQuery,
  locale: UiLocale,
  perPage: number,
  page: number,
): string {
  const params = toSearchParams({ ...query, page });
  params.set("page", String(page));
  params.set("per_page", String(perPage));
  params.set("locale", locale);
  return `${site}/api/v1/initiatives?${params.toString()}`;
}

export function toList(
  result: SearchResult,
  query: ListingQuery,
  locale: UiLocale,
  perPage: number,
  site: string,
): InitiativeList {
  // The search clamps a page past the end to the last one, as the site's listing does.
  const page = result.page;
  const at = (n: number) => listUrl(site, query, locale, perPage, n);
  return {
    data: result.hits.map((hit) => toSummary(hit, locale, site)),
    meta: {
      locale,
      total: result.total,
      page,
      perPage,
      pageCount: result.pageCount,
      // As the search decides: a query without a letter or digit is no query.
      sort: effectiveSort(queryTokens(query.q).length ? query : { ...query, q: "" }),
    },
    links: {
      self: at(page),
      first: at(1),
      last: at(result.pageCount),
      prev: page > 1 ? at(Math.min(page - 1, result.pageCount)) : null,
      next: page < result.pageCount ? at(page + 1) : null,
    },
    facets: result.facets,
  };
}

export function toCountryList(
  countries: CountryCountDto[],
  locale: UiLocale,
  site: string,
): CountryList {
  return {
    data: countries.map((c) => ({
      code: c.key,
      name: c.name,
      initiativeCount: c.count,
      url: `${site}/${locale}/countries/${c.key.toLowerCase()}`,
    })),
  };
}

export function toCauseList(causes: CausePageDto[], locale: UiLocale, site: string): CauseList {
  return {
    data: causes.map((c) => ({
      slug: c.key,
      name: c.name,
      description: c.description,
      sdgs: c.sdgs,
      initiativeCount: c.count,
      url: `${site}/${locale}/causes/${c.key}`,
    })),
  };
}
