import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as detailRoute from "@/app/api/v1/initiatives/[slug]/route";
import * as listRoute from "@/app/api/v1/initiatives/route";
import { contractValidator } from "@/lib/api/contract";
import { countriesEndpoint } from "@/lib/api/endpoints";
import { apiRoute, flushApiRateCounts } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRequest, createInitiative, slugContext } from "@/lib/api/testing";
import { db } from "@/lib/db";
import { getEnv, getSiteUrl } from "@/lib/env";
import { refreshSearchDocument } from "@/lib/search/document";
import { seedDatabase } from "@/prisma/seed/seed";

beforeAll(async () => {
  await seedDatabase(db);
});
// The request counts are written before this file's database goes away.
afterAll(async () => {
  await flushApiRateCounts();
  await db.$disconnect();
});

const LIST = "/api/v1/initiatives?country=KZ&locale=en";
const getList = (headers: Record<string, string> = {}, ip?: string) =>
  listRoute.GET(apiRequest(LIST, { headers, ip }), undefined as never);

describe("conditional requests", () => {
  it("answers If-None-Match with the current ETag by 304 without a body", async () => {
    const first = await getList();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get("cache-control")).toBe(
      "public, max-age=60, stale-while-revalidate=600",
    );
    expect(first.headers.get("vary")).toBe("Accept-Encoding");

    const again = await getList({ "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");

    const stale = await getList({ "if-none-match": '"something-else"' });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(await first.text());
  });

  it("gives a new ETag once the content changes", async () => {
    const slug = `api-etag-${Date.now().toString(36)}`;
    const id = await createInitiative(db, { slug, name: "Etag Orchard" });
    const context = slugContext(slug);
    const before = await detailRoute.GET(apiRequest(`/api/v1/initiatives/${slug}`), context);
    const etag = before.headers.get("etag")!;
    await db.initiativeTranslation.updateMany({
      where: { initiativeId: id, locale: "en" },
      data: { name: "Etag Orchard Renamed" },
    });
    await refreshSearchDocument(db, id);
    const after = await detailRoute.GET(
      apiRequest(`/api/v1/initiatives/${slug}`, { headers: { "if-none-match": etag } }),
      context,
    );
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as { name: string }).name).toBe("Etag Orchard Renamed");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const get = await getList();
    const head = await listRoute.HEAD(apiRequest(LIST, { method: "HEAD" }), undefined as never);
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    expect(await head.text()).toBe("");
  });
});

describe("CORS", () => {
  it("lets any origin read, never with credentials", async () => {
    const response = await getList({ origin: "https://partner.example" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-expose-headers")).toMatch(/ETag/);
  });

  it("answers the preflight", async () => {
    const response = await listRoute.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/);
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("rate limit", () => {
  const limited = apiRoute(countriesEndpoint, { rateLimit: { limit: 3, windowSeconds: 60 } });
  const get = (ip: string) =>
    limited.GET(apiRequest("/api/v1/countries?locale=en", { ip }), undefined);

  it("refuses a client past its limit with 429 problem details, and only that client", async () => {
    const ip = "203.0.113.77";
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await get(ip);
      expect(response.status).toBe(200);
      remaining.push(response.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    const refused = await get(ip);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("ratelimit-limit")).toBe("3");
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    const problem: unknown = await refused.json();
    expect(problem).toMatchObject({ status: 429, title: "Too Many Requests" });
    const check = contractValidator(buildOpenApiDocument(getSiteUrl()));
    expect(check("/countries", 429, "application/problem+json", problem)).toEqual([]);

    expect((await get("203.0.113.78")).status).toBe(200);
    await flushApiRateCounts();
    const counter = await db.rateLimitCounter.findFirst({ where: { key: `api:ip:${ip}` } });
    expect(counter?.count).toBe(4);
  });

  it("counts by default against API_RATE_LIMIT_PER_MINUTE", async () => {
    const { API_RATE_LIMIT_PER_MINUTE: limit } = getEnv();
    const response = await getList({}, "203.0.113.90");
    expect(response.headers.get("ratelimit-limit")).toBe(String(limit));
    expect(response.headers.get("ratelimit-remaining")).toBe(String(limit - 1));
  });
});
