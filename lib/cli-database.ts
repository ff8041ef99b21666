import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db-client";
import {
  ensureDatabase,
  runningEmbeddedUrl,
  startEmbeddedPostgres,
  type EmbeddedServer,
} from "@/lib/embedded-postgres";
import { parseEnv } from "@/lib/env";
import { migrateDeploy } from "@/lib/migrate";

export const DATABASE_NAME = "civic_atlas";
const ROOT = path.resolve(import.meta.dirname, "..");

export class CliError extends Error {}

/**
 * Runs a CLI's work against the app's database: DATABASE_URL when set, else the embedded server
 * (the running one, or started just for this command and stopped afterwards), migrated first.
 */
export async function withCliDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const parsed = parseEnv();
  if (!parsed.ok) throw new CliError(parsed.message);
  const env = parsed.env;
  let url = env.DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  const dir = path.resolve(ROOT, env.DATA_DIR, "postgres");
  if (!url) url = (await runningEmbeddedUrl(dir, env.EMBEDDED_PG_PORT, DATABASE_NAME)) ?? undefined;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dir, port: env.EMBEDDED_PG_PORT });
    await ensureDatabase(embedded.url("postgres"), DATABASE_NAME);
    url = embedded.url(DATABASE_NAME);
  }
  const db = createPrismaClient(url, 2);
  try {
    await migrateDeploy(url);
    return await fn(db);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

/** Parses `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new CliError(`unexpected argument "${arg}"`);
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const next = argv[i + 1];
    if (inline !== undefined) args.set(key!, inline);
    else if (next !== undefined && !next.startsWith("--")) {
      args.set(key!, next);
      i++;
    } else args.set(key!, true);
  }
  return args;
}
