import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { getTestEnv } from "@/lib/env";

export interface TestServer {
  /** URL of the server's maintenance database, used to create and drop test databases. */
  adminUrl: string;
  url(database: string): string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server tests run on: the one named by TEST_DATABASE_ADMIN_URL, or else an
 * embedded server in .data/test-postgres, so the tests need nothing installed.
 */
export async function startTestServer(): Promise<TestServer> {
  const { TEST_DATABASE_ADMIN_URL: given, TEST_EMBEDDED_PG_PORT: port } = getTestEnv();
  if (given) {
    const host = new URL(given).hostname;
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
      throw new Error(`Refusing to run tests against a non-local database server (${host}).`);
    }
    const url = (database: string) => {
      const next = new URL(given);
      next.pathname = `/${database}`;
      return next.toString();
    };
    return { adminUrl: given, url, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dir: path.resolve(import.meta.dirname, "../../.data/test-postgres"),
    port,
  });
  return { adminUrl: server.url("postgres"), url: server.url, stop: server.stop };
}
