/**
 * Latency of the listing's data layer (`searchInitiatives`, lib/search/queries.ts) on a generated
 * database: a fixed set of queries, each run --iterations times after --warmup runs, one at a
 * time; p50/p95/max per query and the process's peak RSS. Then EXPLAIN (ANALYZE, BUFFERS) of the
 * search statement of every query, to bench/results/search-explain.txt.
 *
 *   DATABASE_URL=<generated database> tsx bench/search.ts [--iterations 50] [--warmup 5]
 *     [--max-load 1.5]
 *
 * queries.ts imports `server-only` and `next/cache`, which work only inside Next's server. The
 * module hooks in bench/next-shims.mjs resolve them to the unit tests' stubs, so the code under
 * test is the app's own: nothing is cached (the text-less listings, cached in the app, are
 * measured here as the cache misses they are after every change to the directory).
 */
import { writeFile } from "node:fs/promises";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "../lib/cli-database";
import { createPrismaClient, type Db } from "../lib/db-client";
import { Prisma } from "../lib/generated/prisma/client";
import {
  effectiveSort,
  ListingQuerySchema,
  PAGE_SIZE,
  type ListingQuery,
} from "../lib/search/schemas";
import { searchSettings, searchStatement } from "../lib/search/statement";
import { queryTokens } from "../lib/text/fold";
import { describeUrl, givenDatabaseUrl } from "./database";
import { waitForQuiet } from "./processes";
import { round, summarize, formatMb } from "./stats";

interface BenchQuery {
  name: string;
  params: Record<string, string>;
  /** A name searched for: the 150 ms p95 target applies. */
  selective?: boolean;
  /** The seed initiative this query is meant to find. */
  expect?: string;
}

export const QUERIES: BenchQuery[] = [
  { name: "listing, no query", params: {} },
  { name: "q=bulbul", params: { q: "bulbul" }, selective: true, expect: "bulbul" },
  { name: "q=Шымкент", params: { q: "Шымкент" } },
  { name: "q=gorozanym (typo)", params: { q: "gorozanym" }, selective: true, expect: "gorozhanym" },
  { name: "q=kun jarygy", params: { q: "kun jarygy" }, selective: true, expect: "kun-jarygy" },
  { name: "country=KZ&cause=youth", params: { country: "KZ", cause: "youth" } },
  { name: "q=youth civic leadership", params: { q: "youth civic leadership" } },
  { name: "sort=name", params: { sort: "name" } },
  { name: "page=50", params: { page: "50" } },
];

const RESULTS = path.join(import.meta.dirname, "results");

async function explain(db: Db, query: ListingQuery): Promise<string> {
  // The statement as runSearch (lib/search/queries.ts) builds it, in a transaction with its settings.
  const tokens = queryTokens(query.q);
  const sort = effectiveSort(tokens.length ? query : { ...query, q: "" });
  const statement = searchStatement({ query, tokens, sort, locale: "en", pageSize: PAGE_SIZE });
  const [, plan] = await db.$transaction([
    db.$queryRaw(searchSettings(tokens)),
    db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`),
  ]);
  return plan.map((row) => row["QUERY PLAN"]).join("\n");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const iterations = Number(args.get("iterations") ?? 50);
  const warmup = Number(args.get("warmup") ?? 5);
  const maxLoad = Number(args.get("max-load") ?? 1.5);
  const url = givenDatabaseUrl();
  if (!url) throw new Error("set DATABASE_URL to a generated database (bench/generate.ts --keep)");

  register("./next-shims.mjs", import.meta.url);
  const { searchInitiatives } = await import("../lib/search/queries");
  const loadBefore = await waitForQuiet(maxLoad, 5);

  const rows = [];
  for (const bench of QUERIES) {
    const query = ListingQuerySchema.parse(bench.params);
    for (let i = 0; i < warmup; i++) await searchInitiatives(query, "en");
    const samples: number[] = [];
    let result = await searchInitiatives(query, "en");
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      result = await searchInitiatives(query, "en");
      samples.push(performance.now() - started);
    }
    const slugs = result.hits.map((hit) => hit.slug);
    const { p50, p95, max } = summarize(samples);
    const row = {
      query: bench.name,
      total: result.total,
      top: slugs[0] ?? null,
      expectedOnPage: bench.expect ? slugs.includes(bench.expect) : null,
      p50,
      p95,
      max,
      target: bench.selective ? "p95 < 150 ms" : null,
      met: bench.selective ? p95 < 150 : null,
    };
    rows.push(row);
    console.log(`search: ${bench.name}: ${result.total} hits, p50 ${p50} p95 ${p95} max ${max} ms`);
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.table(rows);
  console.log(`search: peak RSS of this process ${formatMb(peakRss)}`);

  const db = createPrismaClient(url, 2);
  const plans: string[] = [];
  try {
    for (const bench of QUERIES) {
      const plan = await explain(db, ListingQuerySchema.parse(bench.params));
      plans.push(`### ${bench.name}\n\n${plan}\n`);
    }
    const [info] = await db.$queryRaw<{ server: string; published: number }[]>`
      SELECT version() AS server,
             (SELECT count(*)::int FROM "InitiativeSearch" WHERE published) AS published`;
    const summary = {
      date: new Date().toISOString(),
      /** Other work on the machine skews the figures: 1-minute load average before, and now. */
      loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) },
      database: describeUrl(url),
      ...info,
      iterations,
      warmup,
      peakRssMb: round(peakRss / 1024 / 1024, 0),
      queries: rows,
    };
    await writeFile(path.join(RESULTS, "search.json"), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFile(path.join(RESULTS, "search-explain.txt"), plans.join("\n"));
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(`search: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
