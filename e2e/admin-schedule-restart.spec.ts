import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { buildFingerprint } from "../lib/build-fingerprint";
import { createPrismaClient, type Db } from "../lib/db-client";
import { runningEmbeddedUrl } from "../lib/embedded-postgres";

/**
 * "A scheduled publish fires on time after an app restart", for real: a second app instance of
 * its own (scripts/start.ts, on its own port and fresh database) takes a scheduled publish made
 * through the UI, is stopped before the time, and is started again after it. The job runner's
 * first tick after start-up must publish the entry within seconds, and audit it.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
/** Time from scheduling in the form to the due time: enough to stop the instance first. */
const LEAD_MS = 30_000;
const PASSWORD = "orchard beacon violet 2026";

test.setTimeout(240_000);

/** The database server the e2e app uses, as an admin connection (to create a database on it). */
async function adminUrl(): Promise<string> {
  const url =
    process.env.E2E_DATABASE_URL ??
    process.env.DATABASE_URL ??
    (await runningEmbeddedUrl(".data/e2e/postgres", 54349, "civic_atlas"));
  if (!url) throw new Error("No e2e database: set E2E_DATABASE_URL or start the e2e server.");
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A port nobody listens on, from just above the e2e server's (3290-3299 as a fallback). */
async function freePort(): Promise<number> {
  const base = Number(process.env.E2E_PORT ?? 3100) + 1;
  const candidates = [...Array.from({ length: 20 }, (_, i) => base + i), 3290, 3291, 3292, 3293];
  for (const port of candidates) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once("error", () => resolve(false))
        .once("listening", () => probe.close(() => resolve(true)))
        .listen(port, "127.0.0.1");
    });
    if (free) return port;
  }
  throw new Error("no free port for the second app instance");
}

/**
 * The build the e2e server runs. start.ts rebuilds when the sources changed since that build. In
 * a working tree still being edited (never in CI, which builds and tests one tree), that rebuild
 * would happen under the running e2e server; the instance gets a copy of the same build instead,
 * kept marked as current while the instance starts.
 */
function distDirFor(run: string) {
  const dir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
  const stamp = path.join(ROOT, dir, "civic-atlas-build");
  if (!existsSync(stamp)) throw new Error(`No build in ${dir}: start the e2e server first.`);
  if (readFileSync(stamp, "utf8") === buildFingerprint(ROOT))
    return { dir, copy: null, keepCurrent: () => () => {} };
  const copy = `.next-restart-${run}`;
  cpSync(path.join(ROOT, dir), path.join(ROOT, copy), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}cache${path.sep}`),
  });
  const mark = () =>
    writeFileSync(path.join(ROOT, copy, "civic-atlas-build"), buildFingerprint(ROOT));
  const keepCurrent = () => {
    mark();
    const timer = setInterval(mark, 200);
    return () => clearInterval(timer);
  };
  return { dir: copy, copy, keepCurrent };
}

interface Instance {
  process: ChildProcess;
  output: string[];
}

function start(env: Record<string, string>): Instance {
  const child = spawn(process.execPath, [TSX, path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    // Its own process group: stopping it stops the server process it starts too.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return { process: child, output };
}

async function waitUntilReady(instance: Instance, baseURL: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null)
      throw new Error(`the instance exited early:\n${instance.output.join("")}`);
    // A rebuild would take minutes and means the build under test is not the one served.
    if (instance.output.some((line) => line.includes("building the app")))
      throw new Error("start.ts is rebuilding: the sources changed after the e2e build");
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the instance was not ready in time:\n${instance.output.join("")}`);
}

/** SIGTERM (what a process manager sends), then SIGKILL if it lingers. */
async function stop(instance: Instance | undefined): Promise<void> {
  const child = instance?.process;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

function runCli(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(NPM, ["run", "--silent", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(" ")}: ${output}`)),
    );
  });
}

/** The local wall-clock time the datetime-local field takes (the browser's zone is ours). */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

const run = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const databaseName = `ca_restart_${run}`;
const dataDir = path.join(".data", "e2e-restart", run);
let admin = "";
let db: Db | undefined;
let instance: Instance | undefined;
let copiedDist: string | null = null;
/** Both instances' logs, attached when the test fails. */
const logs: string[] = [];

test.afterEach(async ({}, testInfo) => {
  if (instance && !logs.includes(instance.output.join(""))) logs.push(instance.output.join(""));
  if (testInfo.status !== testInfo.expectedStatus) {
    const body = logs.join("\n----- restart -----\n");
    await testInfo.attach("instance logs", { body });
    writeFileSync(testInfo.outputPath("instance-logs.txt"), body);
  }
});

test.afterAll(async () => {
  await stop(instance);
  await db?.$disconnect();
  if (admin) await sql(admin, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  if (copiedDist) rmSync(path.join(ROOT, copiedDist), { recursive: true, force: true });
  rmSync(path.join(ROOT, dataDir), { recursive: true, force: true });
});

test("a publish scheduled before a restart fires right after the app starts again", async ({
  browser,
}) => {
  admin = await adminUrl();
  await sql(admin, `CREATE DATABASE "${databaseName}"`);
  const databaseUrl = new URL(admin);
  databaseUrl.pathname = `/${databaseName}`;
  const dist = distDirFor(run);
  copiedDist = dist.copy;
  mkdirSync(path.join(ROOT, dataDir), { recursive: true });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl.toString(),
    PORT: String(port),
    SITE_URL: baseURL,
    NEXT_DIST_DIR: dist.dir,
    DATA_DIR: dataDir,
    // The same secret for both starts, as a real deployment keeps it.
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SEED_ON_START: "true",
  };

  // First start: migrates and seeds the fresh database (the draft needs a cause), then serves.
  let release = dist.keepCurrent();
  instance = start(env);
  await waitUntilReady(instance, baseURL, 150_000).finally(release);
  db = createPrismaClient(env.DATABASE_URL!, 2);

  const email = `scheduler-${run}@e2e.example.org`;
  await runCli(
    ["user:create", "--", "--email", email, "--role", "editor", "--password", PASSWORD],
    {
      DATABASE_URL: env.DATABASE_URL!,
    },
  );
  const name = `Restart Orchard ${run}`;
  const slug = `restart-orchard-${run}`;
  const cause = await db.cause.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
  const draft = await db.initiative.create({
    data: {
      slug,
      state: "DRAFT",
      primaryCauseId: cause.id,
      translations: { create: [{ locale: "en", name, summary: "", status: "DRAFT" }] },
      countries: { create: [{ countryCode: "KZ" }] },
      causes: { create: [{ causeId: cause.id }] },
    },
  });

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/admin/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="password"]').press("Enter");
  await expect(page).toHaveURL(/\/admin\/?$/);

  await page.goto(`/admin/initiatives/${draft.id}`);
  const panel = page.getByRole("region", { name: "Publication" });
  const runAt = new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000);
  await panel.getByLabel("Action").selectOption("PUBLISH");
  await panel.getByLabel("Date and time (your local time)").fill(localInputValue(runAt));
  await panel.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(
    panel.getByRole("status").filter({ hasText: "Scheduled to publish at" }),
  ).toBeVisible();
  await context.close();

  const schedule = await db.scheduledAction.findFirstOrThrow({
    where: { initiativeId: draft.id },
  });
  expect(schedule).toMatchObject({ action: "PUBLISH", status: "PENDING" });
  expect(schedule.runAt.getTime()).toBe(runAt.getTime());

  await stop(instance);
  logs.push(instance.output.join(""));
  // The point of the test: the instance went down before the publish was due.
  expect(Date.now(), "stopped only after the due time; raise LEAD_MS").toBeLessThan(
    runAt.getTime(),
  );
  expect((await db.initiative.findUniqueOrThrow({ where: { id: draft.id } })).state).toBe("DRAFT");

  await new Promise((resolve) => setTimeout(resolve, runAt.getTime() - Date.now() + 2_000));
  expect(await db.scheduledAction.count({ where: { id: schedule.id, status: "PENDING" } })).toBe(1);

  // Second start: nothing to migrate, seed or build; the job runner ticks at start-up.
  release = dist.keepCurrent();
  instance = start(env);
  await waitUntilReady(instance, baseURL, 90_000).finally(release);
  const ready = Date.now();

  await expect
    .poll(async () => (await fetch(`${baseURL}/en/initiatives/${slug}`)).status, {
      timeout: 15_000,
      intervals: [250, 500, 1_000],
    })
    .toBe(200);
  expect(Date.now() - ready, "published within seconds of the start").toBeLessThan(15_000);
  await expect
    .poll(async () => (await fetch(`${baseURL}/en/initiatives?q=${run}`)).text(), {
      timeout: 10_000,
    })
    .toContain(name);

  const published = await db.initiative.findUniqueOrThrow({ where: { id: draft.id } });
  expect(published.state).toBe("PUBLISHED");
  expect(published.publishedAt!.getTime()).toBeGreaterThanOrEqual(runAt.getTime());
  expect(await db.scheduledAction.findUniqueOrThrow({ where: { id: schedule.id } })).toMatchObject({
    status: "DONE",
  });
  const audits = await db.auditLog.findMany({
    where: { entityId: draft.id, action: { in: ["initiative.schedule", "initiative.publish"] } },
    orderBy: { id: "asc" },
  });
  expect(audits.map((entry) => entry.action)).toEqual([
    "initiative.schedule",
    "initiative.publish",
  ]);
  expect(audits[1]!.details).toMatchObject({ from: "DRAFT", to: "PUBLISHED", via: "schedule" });
});
