/**
 * Page throughput and latency of the production server (bench/server.ts) on a generated
 * database: per page, a check that it answers 200 with its content, a warm-up (which also fills
 * Next's caches), then a fixed-time run with and without gzip; the server's peak RSS under load.
 *
 *   DATABASE_URL=<generated database> tsx bench/http.ts [--seconds 15] [--concurrency 32]
 *     [--client wrk|node] [--port 3300] [--max-load 1.5]
 *
 * The machine may be shared: measuring waits (5 minutes at most) for its load average to drop
 * below --max-load, and the load is written down with the figures.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "../lib/cli-database";
import { givenDatabaseUrl } from "./database";
import { hasWrk, nodeLoad, wrkLoad, type LoadOptions } from "./load";
import { waitForQuiet } from "./processes";
import { startBenchServer } from "./server";
import { round } from "./stats";

interface Page {
  name: string;
  path: string;
  /** Requests per second the page must sustain. */
  target: number;
  /** Text the page must contain: a page of errors is fast, and proves nothing. */
  marker: RegExp;
}

export const PAGES: Page[] = [
  { name: "home (cached)", path: "/en", target: 1000, marker: /Civic Atlas/ },
  {
    name: "listing, no query (full-route cache)",
    path: "/en/initiatives",
    target: 500,
    marker: /href="\/en\/initiatives\/[a-z0-9-]+"/,
  },
  {
    name: "initiative page (cached after first hit)",
    path: "/en/initiatives/kun-jarygy",
    target: 1000,
    marker: /Kun Jarygy/,
  },
  {
    name: "search q=bulbul (per request)",
    path: "/en/initiatives?q=bulbul",
    target: 100,
    marker: /ulbul/i,
  },
  // The public API: cached bodies, plus one rate-limit counter update per request.
  {
    name: "API listing, no query (cached data)",
    path: "/api/v1/initiatives?locale=en",
    target: 500,
    marker: /"data":\[\{"slug":"[a-z0-9-]+"/,
  },
  {
    name: "API initiative (cached after first hit)",
    path: "/api/v1/initiatives/kun-jarygy?locale=en",
    target: 500,
    marker: /"slug":"kun-jarygy"/,
  },
];
const RSS_TARGET = 512 * 1024 * 1024;
const mb = (bytes: number) => round(bytes / 1024 / 1024, 0);

/**
 * The sitemap is built from every published initiative: how big is it at this size? /sitemap.xml
 * is an index; its files are fetched from this server whatever host their addresses name.
 */
async function sitemapSize(baseUrl: string) {
  const index = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const files = [...index.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
  // One after another, as a crawler reads them: this is a size check, not a load test, and ten
  // concurrent 9 MB renders would put their buffers into the server's peak memory.
  const sizes: { urls: number; bytes: number }[] = [];
  for (const file of files) {
    const body = await (await fetch(`${baseUrl}${file}`)).text();
    sizes.push({ urls: body.split("<url>").length - 1, bytes: Buffer.byteLength(body) });
  }
  return {
    files: files.length,
    urls: sizes.reduce((sum, size) => sum + size.urls, 0),
    largestFileUrls: Math.max(0, ...sizes.map((size) => size.urls)),
    largestFileMb: round(Math.max(0, ...sizes.map((size) => size.bytes)) / 1048576),
  };
}

async function check(url: string, marker: RegExp) {
  const response = await fetch(url);
  const body = await response.text();
  if (response.status !== 200 || !marker.test(body)) {
    throw new Error(`${url} answered ${response.status} without ${String(marker)}`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const url = givenDatabaseUrl();
  if (!url) throw new Error("set DATABASE_URL to a generated database (bench/generate.ts --keep)");
  const seconds = Number(args.get("seconds") ?? 15);
  const concurrency = Number(args.get("concurrency") ?? 32);
  const port = Number(args.get("port") ?? 3300);
  const maxLoad = Number(args.get("max-load") ?? 1.5);
  const client = args.get("client") ?? (hasWrk() ? "wrk" : "node");
  const load = (target: string, options: LoadOptions) =>
    client === "wrk" ? wrkLoad(target, options) : nodeLoad(target, options);

  console.log(`http: building and starting the server on port ${port} (a few minutes)`);
  const server = await startBenchServer(url, port);
  const largest = () => Math.max(0, ...server.memory().map((m) => m.rss));
  const idleRss = largest();
  let pagePeak = 0;
  const sampler = setInterval(() => (pagePeak = Math.max(pagePeak, largest())), 200);
  const rows: Record<string, unknown>[] = [];
  const summary: Record<string, unknown> = { client, concurrency, seconds, pages: rows };
  try {
    summary.sitemap = await sitemapSize(server.baseUrl);
    summary.loadBefore = round(await waitForQuiet(maxLoad, 5), 2);
    for (const page of PAGES) {
      const target = `${server.baseUrl}${page.path}`;
      await check(target, page.marker);
      await nodeLoad(target, { concurrency: 8, seconds: 3, encoding: "gzip" });
      pagePeak = 0;
      for (const encoding of ["none", "gzip"] as const) {
        const result = await load(target, { concurrency, seconds, encoding });
        server.assertRunning();
        const met = result.rps > page.target && result.failures === 0;
        rows.push({ page: page.name, encoding, ...result, target: `> ${page.target}`, met });
        console.log(
          `http: ${page.name} (${encoding}): ${result.rps} req/s, p50 ${result.p50} ms, ` +
            `p99 ${result.p99} ms, ${result.failures} failures`,
        );
      }
      rows.push({ page: page.name, encoding: "peak RSS during both runs", rssMb: mb(pagePeak) });
    }
    const processes = server.memory();
    const peak = Math.max(0, ...processes.map((p) => p.peak));
    console.table(rows);
    console.log(`http: server RSS idle ${mb(idleRss)} MB, peak ${mb(peak)} MB (VmHWM)`);
    summary.memory = {
      idleRssMb: mb(idleRss),
      peakRssMb: mb(peak),
      target: "< 512 MB",
      met: peak < RSS_TARGET,
      processes: processes.map((p) => ({ name: p.name, rssMb: mb(p.rss), peakMb: mb(p.peak) })),
    };
  } catch (error) {
    summary.error = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw error;
  } finally {
    clearInterval(sampler);
    await server.stop();
    // What was measured is written down even when a run fails, with the load it ran under.
    const file = path.join(import.meta.dirname, "results", "http.json");
    const header = { date: new Date().toISOString(), loadAfter: round(os.loadavg()[0]!, 2) };
    await writeFile(file, `${JSON.stringify({ ...header, ...summary }, null, 2)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(`http: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
