/**
 * `npm start`: everything needed to serve Civic Atlas on this machine.
 * 1. validate the configuration (one-line error on failure);
 * 2. use DATABASE_URL, or run the embedded PostgreSQL in DATA_DIR/postgres when it is unset;
 * 3. apply pending migrations; seed when the database holds no initiatives (SEED_ON_START);
 * 4. build when the sources changed since the last build (`--dev` runs the dev server instead);
 *    serve through scripts/serve.ts, which fixes the client address for rate limits;
 * 5. serve on PORT, and stop the embedded database cleanly when the server exits.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildFingerprint } from "../lib/build-fingerprint";
import { createPrismaClient } from "../lib/db-client";
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedServer,
} from "../lib/embedded-postgres";
import { parseEnv } from "../lib/env";
import { localAuthSecret } from "../lib/local-secret";
import { migrateDeploy } from "../lib/migrate";
import { refreshAllSearchDocuments } from "../lib/search/document";
import { seedDatabase } from "../prisma/seed/seed";
import { serverNodeOptions } from "./node-options";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_CLI = path.join(ROOT, "node_modules/next/dist/bin/next");
const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const DEV = process.argv.includes("--dev");
const DATABASE_NAME = "civic_atlas";

function fail(message: string): never {
  console.error(`civic-atlas: ${message}`);
  process.exit(1);
}

function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Checks the server answers; creates the named database when the server lacks it. */
async function checkReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const missingDatabase = (error as { code?: string }).code === "3D000";
    if (missingDatabase) {
      const admin = new URL(url);
      const name = decodeURIComponent(admin.pathname.slice(1));
      admin.pathname = "/postgres";
      await ensureDatabase(admin.toString(), name).catch((createError: unknown) =>
        fail(
          `the database ${describeUrl(url)} does not exist and could not be created: ${String(createError)}`,
        ),
      );
      console.log(`civic-atlas: created the database ${describeUrl(url)}`);
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    fail(`cannot reach the database at ${describeUrl(url)}: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_CLI, ...args], { cwd: ROOT, env, stdio: "inherit" });
}

/** The app server (scripts/serve.ts) in its own process, so signals and exit codes stay simple. */
function serve(env: NodeJS.ProcessEnv, heapMb: number): ChildProcess {
  return spawn(
    process.execPath,
    [TSX_CLI, path.join(ROOT, "scripts/serve.ts"), ...(DEV ? ["--dev"] : [])],
    {
      cwd: ROOT,
      env: {
        ...env,
        NODE_ENV: DEV ? "development" : "production",
        // The development server compiles in-process and needs more than the production one.
        NODE_OPTIONS: DEV ? (env.NODE_OPTIONS ?? "") : serverNodeOptions(env.NODE_OPTIONS, heapMb),
        // glibc gives each thread that allocates (Node's thread pool: compression, file reads,
        // crypto) its own malloc arena, and memory freed in one stays resident: two arenas keep
        // the server about 40 MB smaller under load (bench/RESULTS.md). An operator's value wins.
        MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2",
      },
      stdio: "inherit",
    },
  );
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

async function main() {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const parsed = parseEnv(process.env);
  if (!parsed.ok) fail(parsed.message);
  const env = parsed.env;
  const childEnv: NodeJS.ProcessEnv = {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    PORT: String(env.PORT),
  };

  let embedded: EmbeddedServer | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    await checkReachable(databaseUrl);
  } else {
    const dir = path.resolve(ROOT, env.DATA_DIR, "postgres");
    console.log(
      `civic-atlas: starting the embedded PostgreSQL (${path.relative(ROOT, dir)}, port ${env.EMBEDDED_PG_PORT})`,
    );
    try {
      embedded = await startEmbeddedPostgres({ dir, port: env.EMBEDDED_PG_PORT });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    await ensureDatabase(embedded.url("postgres"), DATABASE_NAME);
    databaseUrl = embedded.url(DATABASE_NAME);
  }
  childEnv.DATABASE_URL = databaseUrl;

  const stopDatabase = async () => {
    if (embedded) await embedded.stop().catch(() => {});
    embedded = undefined;
  };
  const abort = async (message: string): Promise<never> => {
    await stopDatabase();
    fail(message);
  };

  if (!env.AUTH_SECRET)
    childEnv.AUTH_SECRET = await localAuthSecret(path.resolve(ROOT, env.DATA_DIR));

  try {
    const output = await migrateDeploy(databaseUrl);
    const applied = output.match(/(\d+) migrations? (?:found|applied)/g);
    console.log(
      `civic-atlas: database ${describeUrl(databaseUrl)} is migrated${applied ? ` (${applied.join(", ")})` : ""}`,
    );
  } catch (error) {
    await abort(error instanceof Error ? error.message : String(error));
  }

  const db = createPrismaClient(databaseUrl, 2);
  try {
    // Databases filled before the search table existed get their documents once.
    const rebuilt = await refreshAllSearchDocuments(db, { onlyMissing: true });
    if (rebuilt > 0) console.log(`civic-atlas: built ${rebuilt} search documents`);
    if (env.SEED_ON_START) {
      const result = await seedDatabase(db);
      console.log(
        result.seeded
          ? `civic-atlas: seeded ${result.initiatives} initiatives`
          : `civic-atlas: database holds ${result.existing} initiatives; not seeding`,
      );
    }
  } catch (error) {
    await db.$disconnect();
    await abort(
      `preparing the database failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await db.$disconnect();

  if (!DEV) {
    const stamp = path.join(ROOT, env.NEXT_DIST_DIR, "civic-atlas-build");
    const fingerprint = buildFingerprint(ROOT);
    const built = existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
    if (!built) {
      console.log("civic-atlas: building the app (only when the sources changed)");
      const code = await waitFor(run(["build"], childEnv));
      if (code !== 0) await abort("the build failed (see above)");
      writeFileSync(stamp, fingerprint);
    }
  }
  const server = serve(childEnv, env.SERVER_MAX_HEAP_MB);

  const forward = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await waitFor(server);
  await stopDatabase();
  process.exit(code);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
