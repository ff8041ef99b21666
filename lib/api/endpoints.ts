import "server-only";
import { etagFor } from "@/lib/api/etag";
import type { Outcome } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import {
  isSlug,
  parseListParams,
  parseLocaleParams,
  parseNoParams,
  type Parsed,
} from "@/lib/api/params";
import {
  getCauseList,
  getCountryList,
  dumpSlotFree,
  getDump,
  getInitiativeDetail,
  getInitiativeList,
  MAX_CONCURRENT_DUMPS,
  type Representation,
} from "@/lib/api/queries";
import { getSiteUrl } from "@/lib/env";

/**
 * What each /api/v1 endpoint answers, given its URL: parameters checked, data read from the
 * cached readers. HTTP concerns live in lib/api/http.ts; the route files only wire the two.
 */

const badParameters = (parsed: Extract<Parsed<unknown>, { ok: false }>): Outcome => ({
  ok: false,
  status: 400,
  detail: "Some parameters were refused: see `errors`.",
  errors: parsed.errors,
});

const acceptLanguage = (request: Request) => request.headers.get("accept-language");

export async function initiativesEndpoint(url: URL, request: Request): Promise<Outcome> {
  const parsed = parseListParams(url.searchParams, acceptLanguage(request));
  if (!parsed.ok) return badParameters(parsed);
  return {
    ok: true,
    representation: await getInitiativeList(parsed.value),
    language: parsed.value,
  };
}

export async function initiativeEndpoint(
  url: URL,
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Outcome> {
  const { slug } = await params;
  const parsed = parseLocaleParams(url.searchParams, acceptLanguage(request));
  if (!parsed.ok) return badParameters(parsed);
  // A malformed slug names no initiative: answered without a query (or a cache entry).
  const representation = isSlug(slug) ? await getInitiativeDetail(slug, parsed.value.locale) : null;
  if (!representation) {
    return {
      ok: false,
      status: 404,
      detail: `No published initiative has the slug “${slug.slice(0, 200)}”.`,
    };
  }
  return { ok: true, representation, language: parsed.value };
}

export async function countriesEndpoint(url: URL, request: Request): Promise<Outcome> {
  const parsed = parseLocaleParams(url.searchParams, acceptLanguage(request));
  if (!parsed.ok) return badParameters(parsed);
  return {
    ok: true,
    representation: await getCountryList(parsed.value.locale),
    language: parsed.value,
  };
}

export async function causesEndpoint(url: URL, request: Request): Promise<Outcome> {
  const parsed = parseLocaleParams(url.searchParams, acceptLanguage(request));
  if (!parsed.ok) return badParameters(parsed);
  return {
    ok: true,
    representation: await getCauseList(parsed.value.locale),
    language: parsed.value,
  };
}

/** `civic-atlas-2025-01-31.json`: the day it was downloaded. */
export function dumpFilename(now: Date = new Date()): string {
  return `civic-atlas-${now.toISOString().slice(0, 10)}.json`;
}

export async function dumpEndpoint(url: URL): Promise<Outcome> {
  const parsed = parseNoParams(url.searchParams);
  if (!parsed.ok) return badParameters(parsed);
  if (!dumpSlotFree()) {
    return {
      ok: false,
      status: 503,
      detail: `The dump is being written to ${MAX_CONCURRENT_DUMPS} clients already; retry in a minute.`,
      headers: { "Retry-After": "60" },
    };
  }
  return {
    ok: true,
    representation: await getDump(),
    headers: { "Content-Disposition": `attachment; filename=${dumpFilename()}` },
  };
}

let openApi: Representation | undefined;

/** The document depends only on the code and SITE_URL: built once per process. */
export function openApiEndpoint(url: URL): Promise<Outcome> {
  const parsed = parseNoParams(url.searchParams);
  if (!parsed.ok) return Promise.resolve(badParameters(parsed));
  if (!openApi) {
    const body = JSON.stringify(buildOpenApiDocument(getSiteUrl()));
    openApi = { body, etag: etagFor(body) };
  }
  return Promise.resolve({ ok: true, representation: openApi });
}
