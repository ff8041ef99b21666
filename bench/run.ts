/**
 * `npm run bench`: generate → search → http on one database, then clean up.
 *
 *   npm run bench -- [--count 100000] [--seed 1] [--iterations 50] [--warmup 5] [--seconds 15]
 *     [--concurrency 32] [--client wrk|node] [--max-load 1.5] [--skip-search] [--skip-http] [--keep]
 *
 * The database is DATABASE_URL's (local and empty), or a new one on the test server, dropped at
 * the end unless --keep. Each step runs in its own process, so that each peak RSS is its own.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { parseArgs } from "../lib/cli-database";
import { childEnv } from "../lib/env";
import { describeUrl, openBenchDatabase } from "./database";
import { TSX_CLI } from "./server";

const ROOT = path.resolve(import.meta.dirname, "..");
let current: ChildProcess | undefined;
let interrupted = false;

function step(script: string, args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, script, ...args], {
      cwd: ROOT,
      env: childEnv({ DATABASE_URL: databaseUrl }),
      stdio: "inherit",
    });
    current = child;
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} failed (exit ${code ?? "signal"})`)),
    );
  });
}

/** The flags of ours that a step understands, passed on as given. */
function pass(args: Map<string, string | true>, names: string[]): string[] {
  return names.flatMap((name) => {
    const value = args.get(name);
    if (value === undefined) return [];
    return value === true ? [`--${name}`] : [`--${name}`, value];
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  process.on("SIGINT", () => {
    interrupted = true;
    current?.kill("SIGINT");
  });
  const database = await openBenchDatabase({ keep: args.has("keep") });
  console.log(`bench: database ${describeUrl(database.url)}`);
  try {
    await step("bench/generate.ts", pass(args, ["count", "seed"]), database.url);
    if (!args.has("skip-search") && !interrupted) {
      await step("bench/search.ts", pass(args, ["iterations", "warmup", "max-load"]), database.url);
    }
    if (!args.has("skip-http") && !interrupted) {
      const flags = pass(args, ["seconds", "concurrency", "client", "port", "max-load"]);
      await step("bench/http.ts", flags, database.url);
    }
    console.log("bench: done; results in bench/results/ (copy the figures into bench/RESULTS.md)");
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
