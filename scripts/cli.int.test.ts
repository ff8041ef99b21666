import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

function userCreate(...args: string[]) {
  return spawnSync(process.execPath, [TSX, "scripts/user-create.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm run user:create", () => {
  it("creates an account with the given role", () => {
    const result = userCreate(
      "--email",
      "admin@example.org",
      "--password",
      "quiet harbour maple 7",
      "--role",
      "admin",
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Created admin admin@example.org");
    expect(result.stdout).not.toContain("quiet harbour");
  });

  it("generates and prints a password when none is given", async () => {
    const result = userCreate("--email", "contrib@example.org", "--role", "contributor");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Password \(shown once\): \S{20,}/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "contrib@example.org" } });
    expect(user.role).toBe("CONTRIBUTOR");
  });

  it("explains every bad argument and creates nothing", async () => {
    const before = await db.user.count();
    const result = userCreate("--email", "bad", "--password", "short", "--role", "owner");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--email:");
    expect(result.stderr).toContain("--password:");
    expect(result.stderr).toContain("--role:");
    expect(await db.user.count()).toBe(before);
  });

  it("asks for the required arguments", () => {
    const result = userCreate("--email", "x@example.org");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--email and --role are required");
  });
});
