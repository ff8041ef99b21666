import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * e2e runs against a production build served by the start command, on the database named by
 * E2E_DATABASE_URL (scripts/test-all.ts creates a fresh one), in Debian's Chromium.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const databaseUrl = process.env.E2E_DATABASE_URL;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: ".data/test-reports/e2e.json" }]]
    : "list",
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(PORT),
      // Without a database from scripts/test-all.ts, a separate embedded server keeps e2e data out
      // of the developer's own.
      ...(databaseUrl
        ? { DATABASE_URL: databaseUrl }
        : { DATA_DIR: ".data/e2e", EMBEDDED_PG_PORT: "54349" }),
      SITE_URL: baseURL,
      NEXT_DIST_DIR: ".next-e2e",
      // Every spec sends its partner submissions from 127.0.0.1; the limit itself is tested in
      // lib/submissions/public-actions.int.test.ts.
      SUBMISSION_LIMIT_PER_IP: "500",
    },
  },
});
