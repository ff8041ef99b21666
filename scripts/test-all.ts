/**
 * `npm test`: lint, types, formatting, unit, integration and e2e tests, on one PostgreSQL server (TEST_DATABASE_ADMIN_URL,
 * or an embedded one), each integration file on its own migrated database and e2e on a fresh
 * database served by the start command. Ends with one line: "Summary: N passed, N failed".
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "../lib/testing/databases";
import { startTestServer } from "../lib/testing/test-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const REPORTS = path.join(ROOT, ".data", "test-reports");

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

async function main() {
  rmSync(REPORTS, { recursive: true, force: true });
  const server = await startTestServer();
  const env = {
    ...process.env,
    TEST_DATABASE_ADMIN_URL: server.adminUrl,
    CI: process.env.CI ?? "",
  };
  let passed = 0;
  let failed = 0;
  let exitCode = 0;
  try {
    // Static checks first: they are quick and catch what tests do not.
    for (const script of ["lint", "typecheck", "format:check"]) {
      const code = await run("npm", ["run", "--silent", script], env);
      if (code === 0) passed += 1;
      else {
        console.error(`npm run ${script} failed`);
        failed += 1;
        exitCode = 1;
      }
    }

    const vitestJson = path.join(REPORTS, "vitest.json");
    const vitest = await run(
      process.execPath,
      [
        "node_modules/vitest/vitest.mjs",
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${vitestJson}`,
      ],
      env,
    );
    const v = readJson<{ numPassedTests: number; numFailedTests: number }>(vitestJson);
    passed += v?.numPassedTests ?? 0;
    failed += v?.numFailedTests ?? (vitest === 0 ? 0 : 1);
    // The report decides as well as the exit code: a library's exit hook once turned a failed
    // run into exit code 0.
    if (vitest !== 0 || !v || v.numFailedTests > 0) exitCode = 1;

    const e2eDatabase = uniqueDatabaseName("civic_atlas_e2e");
    await createDatabase(server.adminUrl, e2eDatabase);
    try {
      const e2e = await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], {
        ...env,
        CI: env.CI || "true",
        E2E_DATABASE_URL: server.url(e2eDatabase),
      });
      const p = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
        path.join(REPORTS, "e2e.json"),
      );
      passed += (p?.stats.expected ?? 0) + (p?.stats.flaky ?? 0);
      failed += p?.stats.unexpected ?? (e2e === 0 ? 0 : 1);
      if (e2e !== 0 || !p || p.stats.unexpected > 0) exitCode = 1;
    } finally {
      await dropDatabase(server.adminUrl, e2eDatabase);
    }
  } finally {
    await server.stop();
  }
  console.log(`Summary: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : exitCode);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("Summary: 0 passed, 1 failed");
  process.exit(1);
});
