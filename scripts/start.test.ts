import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !["DATABASE_URL", "AUTH_SECRET", "NODE_ENV"].includes(key),
    ),
  );
  return spawnSync(process.execPath, [TSX, "scripts/start.ts"], {
    cwd: ROOT,
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("npm start configuration errors", () => {
  it("stops on a malformed DATABASE_URL with one line", () => {
    const result = start({ DATABASE_URL: "mysql://nope" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "civic-atlas: Invalid configuration: DATABASE_URL must look like postgresql://user:password@host:5432/database.",
    ]);
  });

  it("stops when production has no AUTH_SECRET", () => {
    const result = start({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@127.0.0.1:1/db" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("AUTH_SECRET is required in production");
  });

  it("stops with one line when the database cannot be reached", () => {
    const result = start({ DATABASE_URL: "postgresql://u@127.0.0.1:1/db" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("cannot reach the database at 127.0.0.1:1/db");
  });
});
