/**
 * Bounded HTTP load against 127.0.0.1 only: a fixed number of keep-alive connections for a fixed
 * time (and, with the node client, at most a fixed number of requests). Uses Debian's `wrk` when
 * installed (it costs the 2-core machine less CPU than a load generator in node), else node's http.
 */
import { execFile, spawnSync } from "node:child_process";
import http from "node:http";
import { promisify } from "node:util";
import { round, summarize } from "./stats";

export interface LoadOptions {
  concurrency: number;
  seconds: number;
  /** Sent as Accept-Encoding (browsers send gzip); none asks for the uncompressed page. */
  encoding: "gzip" | "none";
}

export interface LoadResult {
  client: "wrk" | "node";
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Responses other than 2xx, and connection errors. */
  failures: number;
  kbPerResponse: number;
}

const MAX_REQUESTS = 200_000;

function assertLoopback(url: string) {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`load only 127.0.0.1, not ${url}`);
}

export const hasWrk = () => spawnSync("wrk", ["--version"]).error === undefined;

export async function nodeLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  assertLoopback(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const headers = options.encoding === "gzip" ? { "accept-encoding": "gzip" } : {};
  const latencies = new Float64Array(MAX_REQUESTS);
  let sent = 0;
  let done = 0;
  let failures = 0;
  let bytes = 0;
  const get = () =>
    new Promise<number>((resolve, reject) => {
      http
        .get(url, { agent, headers }, (response) => {
          response.on("data", (chunk: Buffer) => (bytes += chunk.length));
          response.on("end", () => resolve(response.statusCode ?? 0));
          response.on("error", reject);
        })
        .on("error", reject);
    });
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && sent < MAX_REQUESTS) {
      sent++;
      const begin = performance.now();
      const status = await get().catch(() => 0);
      if (status < 200 || status >= 300) failures++;
      latencies[done++] = performance.now() - begin;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const { p50, p99, max } = summarize(latencies.subarray(0, done));
  return {
    client: "node",
    requests: done,
    rps: round(done / elapsed, 0),
    p50,
    p99,
    max,
    failures,
    kbPerResponse: round(bytes / Math.max(done, 1) / 1024),
  };
}

const toMs = (value: string, unit: string) =>
  Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? Number.NaN);

const toBytes = (value: string, unit: string) =>
  Number(value) * ({ B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[unit] ?? Number.NaN);

/** Parses wrk's report (--latency). */
export function parseWrk(output: string): Omit<LoadResult, "client"> {
  const latency = (label: string) => {
    const match = output.match(new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s|m)\\b`, "m"));
    return match ? round(toMs(match[1]!, match[2]!)) : Number.NaN;
  };
  const max = output.match(/Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s|m)/);
  const total = output.match(/(\d+) requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB) read/);
  const requests = Number(total?.[1] ?? 0);
  const errors = output.match(
    /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/,
  );
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socketErrors = errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const bytes = total ? toBytes(total[2]!, total[3]!) : 0;
  return {
    requests,
    rps: round(Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN), 0),
    p50: latency("50%"),
    p99: latency("99%"),
    max: max ? round(toMs(max[1]!, max[2]!)) : Number.NaN,
    failures: non2xx + socketErrors,
    // Includes response headers, unlike the node client's figure.
    kbPerResponse: round(bytes / Math.max(requests, 1) / 1024),
  };
}

export async function wrkLoad(url: string, options: LoadOptions): Promise<LoadResult> {
  assertLoopback(url);
  const args = ["-t1", `-c${options.concurrency}`, `-d${options.seconds}s`, "--latency"];
  if (options.encoding === "gzip") args.push("-H", "Accept-Encoding: gzip");
  const { stdout } = await promisify(execFile)("wrk", [...args, url], { timeout: 120_000 });
  return { client: "wrk", ...parseWrk(stdout) };
}
