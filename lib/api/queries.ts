import "server-only";
import { unstable_cache } from "next/cache";
import type { z } from "zod";
import { toCauseList, toCountryList, toDetail, toList } from "@/lib/api/dto";
import { readDump } from "@/lib/api/dump";
import { etagFor } from "@/lib/api/etag";
import type { ListParams } from "@/lib/api/params";
import {
  CauseListSchema,
  CountryListSchema,
  DumpSchema,
  InitiativeDetailSchema,
  InitiativeListSchema,
} from "@/lib/api/schemas";
import { CacheTags } from "@/lib/cache-tags";
import { getSiteUrl } from "@/lib/env";
import type { UiLocale } from "@/lib/i18n/locales";
import { getPublishedInitiative, listCountryCounts } from "@/lib/initiatives/queries";
import { searchInitiatives } from "@/lib/search/queries";
import type { ListingQuery } from "@/lib/search/schemas";
import { listCauses } from "@/lib/taxonomy/queries";
import { queryTokens } from "@/lib/text/fold";

/**
 * A response body, serialised once, with its strong ETag. The cached readers below keep these,
 * so a request that finds its answer in the cache costs no serialisation and no hashing.
 */
export interface Representation {
  body: string;
  etag: string;
}

/** Parsing drops any field the schema does not name: what is not documented is not sent. */
function represent<S extends z.ZodType>(schema: S, value: z.input<S>): Representation {
  const body = JSON.stringify(schema.parse(value));
  return { body, etag: etagFor(body) };
}

const DIRECTORY = [CacheTags.directory, CacheTags.taxonomy];

async function buildList(
  query: ListingQuery,
  locale: UiLocale,
  perPage: number,
): Promise<Representation> {
  const result = await searchInitiatives(query, locale, perPage);
  return represent(InitiativeListSchema, toList(result, query, locale, perPage, getSiteUrl()));
}

const cachedList = unstable_cache(buildList, ["api-v1-initiatives"], { tags: DIRECTORY });

/** Filtered listings are cached like the site's listing; text searches run per request. */
export function getInitiativeList({ query, locale, perPage }: ListParams): Promise<Representation> {
  return queryTokens(query.q).length
    ? buildList(query, locale, perPage)
    : cachedList({ ...query, q: "" }, locale, perPage);
}

async function buildDetail(slug: string, locale: UiLocale): Promise<Representation | null> {
  const detail = await getPublishedInitiative(slug, locale);
  return detail ? represent(InitiativeDetailSchema, toDetail(detail, locale, getSiteUrl())) : null;
}

/** One published initiative; null when there is none by that slug. */
export function getInitiativeDetail(slug: string, locale: UiLocale) {
  return unstable_cache(buildDetail, ["api-v1-initiative"], {
    tags: [CacheTags.initiative(slug), CacheTags.taxonomy],
  })(slug, locale);
}

export const getCountryList = unstable_cache(
  async (locale: UiLocale) =>
    represent(
      CountryListSchema,
      toCountryList(await listCountryCounts(locale), locale, getSiteUrl()),
    ),
  ["api-v1-countries"],
  { tags: DIRECTORY },
);

export const getCauseList = unstable_cache(
  async (locale: UiLocale) =>
    represent(CauseListSchema, toCauseList(await listCauses(locale), locale, getSiteUrl())),
  ["api-v1-causes"],
  { tags: DIRECTORY },
);

/** Every published initiative in every language; rebuilt when anything public changes. */
export const getDump = unstable_cache(
  async () => represent(DumpSchema, await readDump(getSiteUrl())),
  ["api-v1-dump"],
  { tags: DIRECTORY },
);
