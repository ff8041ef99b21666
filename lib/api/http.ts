import "server-only";
import { matchesIfNoneMatch } from "@/lib/api/etag";
import type { Negotiated, ParamError } from "@/lib/api/params";
import type { Representation } from "@/lib/api/queries";
import type { Problem } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import {
  createBatchedRateLimiter,
  type BatchedRateLimiter,
  type RateLimit,
  type RateLimitResult,
} from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";

/** What an endpoint produced: a representation to send, or a problem (RFC 9457). */
export type Outcome =
  | {
      ok: true;
      representation: Representation;
      /** The language the body is in, and whether Accept-Language chose it. */
      language?: Negotiated;
      headers?: Record<string, string>;
    }
  | {
      ok: false;
      status: 400 | 404 | 503;
      detail: string;
      errors?: ParamError[];
      headers?: Record<string, string>;
    };

export interface ApiOptions {
  /** Defaults to API_RATE_LIMIT_PER_MINUTE per client address per minute. */
  rateLimit?: RateLimit;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  429: "Too Many Requests",
  503: "Service Unavailable",
};

/** Anyone may read the API from a browser; no credentials are ever involved. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Content-Language, Content-Disposition, RateLimit-Limit, RateLimit-Remaining, Retry-After",
};

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

function rateHeaders(result: RateLimitResult | null): Record<string, string> {
  if (!result) return {};
  return {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(result.remaining),
    ...(result.allowed ? {} : { "Retry-After": String(result.retryAfterSeconds) }),
  };
}

export function problemResponse(
  status: number,
  detail: string,
  extra: { errors?: ParamError[]; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = {
    type: "about:blank",
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS,
      ...extra.headers,
      "Content-Type": "application/problem+json",
      "Cache-Control": "no-store",
    },
  });
}

const limiters = new Map<string, BatchedRateLimiter>();

function limiterFor(limit: RateLimit): BatchedRateLimiter {
  const name = `${limit.limit}/${limit.windowSeconds}`;
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = createBatchedRateLimiter(db, limit);
    limiters.set(name, limiter);
  }
  return limiter;
}

/** Writes the request counts this process holds (tests read the shared counters after it). */
export async function flushApiRateCounts(): Promise<void> {
  await Promise.all([...limiters.values()].map((limiter) => limiter.flush()));
}

/**
 * Counted per client address in the shared counters, in batches (lib/rate-limit.ts): a cached
 * answer costs no database write. When the database cannot count, the request is served rather
 * than refused: the data is public and usually cached.
 */
async function limitRate(request: Request, options: ApiOptions): Promise<RateLimitResult | null> {
  const limit = options.rateLimit ?? {
    limit: getEnv().API_RATE_LIMIT_PER_MINUTE,
    windowSeconds: 60,
  };
  try {
    return await limiterFor(limit).consume(`api:ip:${clientIp(request.headers)}`);
  } catch (error) {
    console.error("api: rate limit unavailable", error);
    return null;
  }
}

export async function serveApi(
  request: Request,
  produce: (url: URL) => Promise<Outcome>,
  options: ApiOptions = {},
): Promise<Response> {
  const rate = await limitRate(request, options);
  if (rate && !rate.allowed) {
    return problemResponse(
      429,
      `At most ${rate.limit} requests per ${options.rateLimit?.windowSeconds ?? 60} seconds per client; retry after ${rate.retryAfterSeconds} s.`,
      { headers: rateHeaders(rate) },
    );
  }
  const outcome = await produce(new URL(request.url));
  if (!outcome.ok) {
    return problemResponse(outcome.status, outcome.detail, {
      errors: outcome.errors,
      headers: { ...rateHeaders(rate), ...outcome.headers },
    });
  }
  const { representation, language } = outcome;
  const headers: Record<string, string> = {
    ...CORS,
    ...rateHeaders(rate),
    ...outcome.headers,
    ETag: representation.etag,
    "Cache-Control": CACHE_CONTROL,
    Vary: language?.negotiated ? "Accept-Encoding, Accept-Language" : "Accept-Encoding",
    ...(language ? { "Content-Language": language.locale } : {}),
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), representation.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const { body } = representation;
  return new Response(typeof body === "string" ? body : body(), {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

/** The CORS preflight: GET and HEAD from any origin, with the headers a client may send. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

/**
 * A route's handlers: GET, HEAD (the same headers, no body) and OPTIONS. `produce` reads the
 * parameters and the data; everything HTTP (rate limit, ETag, CORS, problems) happens here.
 */
export function apiRoute<Context>(
  produce: (url: URL, request: Request, context: Context) => Promise<Outcome>,
  options: ApiOptions = {},
) {
  const GET = (request: Request, context: Context) =>
    serveApi(request, (url) => produce(url, request, context), options);
  const HEAD = async (request: Request, context: Context) => {
    const response = await GET(request, context);
    // A streamed body (the dump) is given up before anything is read for it.
    await response.body?.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  };
  const OPTIONS = () => Promise.resolve(preflightResponse());
  return { GET, HEAD, OPTIONS };
}
