// Runs the real Prisma CLI through prisma.config.ts, and so through the WebAssembly schema engine
// adapter (prisma/engine/schema-engine.mjs), against the test PostgreSQL server (see
// lib/testing/global-setup.ts). It also guards the migrations: the drift check fails as soon as
// prisma/schema.prisma and prisma/migrations describe different databases.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PRISMA_CLI = path.join(ROOT, "node_modules/prisma/build/index.js");
const SCHEMA = path.join(ROOT, "prisma/schema.prisma");
const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const CLI_TIMEOUT_MS = 120_000;

const { adminUrl } = inject("testServer");

function databaseUrl(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withClient(adminUrl, fn);

async function shadowDatabases(): Promise<string[]> {
  const { rows } = await admin((client) =>
    client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'",
    ),
  );
  return rows.map((row) => row.datname);
}

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `prisma <args>` from the project root, with only DATABASE_URL pointing at our database. */
function prisma(args: string[], url: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  // Exercise the engine that prisma.config.ts selects, whatever the calling shell set.
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  delete env.PRISMA_MIGRATION_ENGINE_BINARY;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`prisma ${args.join(" ")} did not finish in time\n${stdout}\n${stderr}`));
    }, CLI_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const describeResult = (result: CliResult) =>
  `exit ${result.code}\n${result.stdout}\n${result.stderr}`;

describe("prisma migrate through the WebAssembly schema engine", () => {
  const database = `civic_atlas_engine_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const url = databaseUrl(database);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "civic-atlas-engine-"));

  beforeAll(async () => {
    await admin((client) => client.query(`CREATE DATABASE "${database}"`));
  });

  afterAll(async () => {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it("applies every migration to an empty database with migrate deploy", async () => {
    const result = await prisma(["migrate", "deploy"], url);
    expect(result.code, describeResult(result)).toBe(0);

    const tables = await withClient(url, async (client) => {
      const { rows } = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      return rows.map((row) => row.table_name);
    });
    expect(tables).toEqual(
      expect.arrayContaining(["Initiative", "InitiativeTranslation", "User", "_prisma_migrations"]),
    );

    const migrationCount = fs
      .readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory()).length;
    const applied = await withClient(url, async (client) => {
      const { rows } = await client.query<{ applied: string }>(
        "SELECT count(*) AS applied FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      return Number(rows[0]?.applied);
    });
    expect(applied).toBe(migrationCount);
  });

  it("finds no drift between prisma/migrations and prisma/schema.prisma", async () => {
    const before = await shadowDatabases();
    const result = await prisma(
      ["migrate", "diff", "--from-migrations", MIGRATIONS, "--to-schema", SCHEMA, "--exit-code"],
      url,
    );
    // If this fails, schema.prisma changed without a migration: run `npx prisma migrate dev`.
    expect(result.code, describeResult(result)).toBe(0);
    expect(result.stdout).toContain("No difference detected.");
    // The shadow database the diff needed is gone again.
    expect(await shadowDatabases()).toEqual(before);
  });

  it("reports drift when the schema has a change no migration contains", async () => {
    const schema = fs.readFileSync(SCHEMA, "utf8");
    const changed = schema.replace(/^model User \{$/m, "model User {\n  driftCheckProbe String?");
    expect(changed).not.toBe(schema);
    const changedSchema = path.join(tempDir, "schema.prisma");
    fs.writeFileSync(changedSchema, changed);

    const result = await prisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        MIGRATIONS,
        "--to-schema",
        changedSchema,
        "--exit-code",
      ],
      url,
    );
    expect(result.code, describeResult(result)).toBe(2);
    expect(result.stdout).toContain("driftCheckProbe");
  });

  it("reports the migrated database as up to date with migrate status", async () => {
    const result = await prisma(["migrate", "status"], url);
    expect(result.code, describeResult(result)).toBe(0);
    expect(result.stdout).toContain("Database schema is up to date!");
  });
});
