/**
 * The benchmark's database: the one named by DATABASE_URL (a local server only), or a fresh one
 * on the test server (lib/testing/test-server.ts: TEST_DATABASE_ADMIN_URL, else the embedded
 * PostgreSQL in .data/test-postgres), migrated and dropped afterwards unless kept.
 */
import { parseEnv } from "../lib/env";
import { migrateDeploy } from "../lib/migrate";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../lib/testing/databases";
import { startTestServer } from "../lib/testing/test-server";

const LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"];

export interface BenchDatabase {
  url: string;
  /** True when this run created the database (and so may drop it). */
  created: boolean;
  close(): Promise<void>;
}

/** Where the URL points, without its password. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Throws unless the URL names a server on this machine: the benchmark writes 100k rows. */
export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.includes(host)) {
    throw new Error(`refusing to benchmark a database on another machine (${host})`);
  }
}

/** DATABASE_URL, validated by lib/env.ts; undefined when unset. */
export function givenDatabaseUrl(): string | undefined {
  const parsed = parseEnv();
  if (!parsed.ok) throw new Error(parsed.message);
  const url = parsed.env.DATABASE_URL;
  if (url) assertLocal(url);
  return url;
}

/** The given database, or a new migrated one on the test server (dropped on close unless kept). */
export async function openBenchDatabase({ keep = false } = {}): Promise<BenchDatabase> {
  const given = givenDatabaseUrl();
  if (given) return { url: given, created: false, close: async () => {} };

  const server = await startTestServer();
  assertLocal(server.adminUrl);
  const name = uniqueDatabaseName("bench");
  await createDatabase(server.adminUrl, name);
  const url = server.url(name);
  const close = async () => {
    if (keep) console.log(`bench: kept the database ${describeUrl(url)}`);
    else await dropDatabase(server.adminUrl, name);
    await server.stop();
  };
  try {
    await migrateDeploy(url);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, created: true, close };
}
