import "server-only";
import { unstable_cache } from "next/cache";
import { z } from "zod";
import { toCauseList, toCountryList, toDetail, toList } from "@/lib/api/dto";
import { readDumpFingerprint, readDumpHead, readDumpInitiatives } from "@/lib/api/dump";
import { etagFor } from "@/lib/api/etag";
import type { ListParams } from "@/lib/api/params";
import {
  CauseListSchema,
  CountryListSchema,
  DumpHeadSchema,
  DumpInitiativeSchema,
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
 * A response body with its ETag. Most are serialised once with a strong ETag, and the cached
 * readers below keep them, so a request that finds its answer in the cache costs no
 * serialisation and no hashing. The dump is too large for that: its body is a stream, written
 * only when a client takes it (not for HEAD or a 304).
 */
export interface Representation {
  body: string | (() => ReadableStream<Uint8Array>);
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

/** Changes whenever what a dump holds is written differently (fields, order, shapes). */
const DUMP_FORMAT = "1";

const getDumpHead = unstable_cache(
  async () => ({
    head: DumpHeadSchema.parse(await readDumpHead(getSiteUrl())),
    fingerprint: await readDumpFingerprint(),
  }),
  ["api-v1-dump-head"],
  { tags: DIRECTORY },
);

/** Downloads of the dump one instance writes at once: each one reads the whole directory. */
export const MAX_CONCURRENT_DUMPS = 2;
/** A download that neither ends nor is cancelled gives its place back after this long. */
const DUMP_SLOT_MS = 10 * 60_000;
const dumpSlots = new Set<symbol>();

/** Whether another download of the dump may start on this instance now. */
export function dumpSlotFree(): boolean {
  return dumpSlots.size < MAX_CONCURRENT_DUMPS;
}

/**
 * Every published initiative in every language. Its ETag is weak: it names the data the dump is
 * written from (the count and last change of the published initiatives, the taxonomy, the
 * funders and the format), so a conditional request is answered from the cached head without
 * reading a single initiative.
 */
export async function getDump(): Promise<Representation> {
  const { head, fingerprint } = await getDumpHead();
  const text = JSON.stringify(head);
  const site = getSiteUrl();
  return {
    etag: `W/${etagFor(`${DUMP_FORMAT}\n${fingerprint}\n${text}`)}`,
    body: () => streamDump(text, site),
  };
}

const InitiativesSchema = z.array(DumpInitiativeSchema);

/**
 * `{…head, "initiatives": […]}`, one batch of initiatives per pull, so memory stays at one batch
 * however large the directory. The batches are read as the client takes them: a change made
 * meanwhile can appear in a long download, which is not a snapshot (`count` is the head's). A
 * database error mid-way ends the download with truncated JSON, which no reader can mistake
 * for a whole dump.
 */
function streamDump(head: string, site: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = readDumpInitiatives(site);
  const slot = Symbol("dump");
  dumpSlots.add(slot);
  const timer = setTimeout(() => dumpSlots.delete(slot), DUMP_SLOT_MS);
  timer.unref?.();
  const release = () => {
    clearTimeout(timer);
    dumpSlots.delete(slot);
  };
  let separator = "";
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`${head.slice(0, -1)},"initiatives":[`));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          controller.enqueue(encoder.encode("]}"));
          controller.close();
          release();
          return;
        }
        const items = InitiativesSchema.parse(next.value).map((item) => JSON.stringify(item));
        controller.enqueue(encoder.encode(separator + items.join(",")));
        separator = ",";
      } catch (error) {
        release();
        throw error;
      }
    },
    async cancel() {
      release();
      await batches.return(undefined);
    },
  });
}
