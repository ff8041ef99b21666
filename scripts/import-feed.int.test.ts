import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const FEED = path.join(ROOT, "e2e/fixtures/eurasia-civil-society-feed.txt");
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => db.$disconnect());

function importFeed(...args: string[]) {
  return spawnSync(process.execPath, [TSX, "scripts/import-feed.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
    timeout: 120_000,
  });
}

describe("npm run import:feed", () => {
  it("imports each story once, with progress and a summary", { timeout: 180_000 }, async () => {
    const first = importFeed(FEED);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Feed: Civil Society Archives - Eurasia Foundation, 12 stories");
    expect(first.stdout).toContain("6/12 items");
    expect(first.stdout).toContain("12/12 items");
    expect(first.stdout).toMatch(
      /Imported: 12 new candidates, 0 already imported \(run [0-9a-f-]{36}\)/,
    );
    expect(await db.importCandidate.count()).toBe(12);
    const run = await db.feedImportRun.findFirstOrThrow();
    expect(run).toMatchObject({ source: "eurasia-civil-society-feed.txt", status: "SUCCEEDED" });

    const second = importFeed("--", FEED);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Imported: 0 new candidates, 12 already imported");
    expect(await db.importCandidate.count()).toBe(12);
  });

  it("fails with one line and writes nothing for a malformed feed or a missing file", async () => {
    const runs = await db.feedImportRun.count();
    const bad = path.join(tmpdir(), `bad-feed-${process.pid}.xml`);
    writeFileSync(bad, "<rss><channel><item><title>x</title></channel></rss>");
    const malformed = importFeed(bad);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr.trim().split("\n")).toHaveLength(1);
    expect(malformed.stderr).toMatch(/^import:feed: The feed is not well-formed XML \(line 1: /);
    const missing = importFeed("no-such-feed.xml");
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe("import:feed: No such file: no-such-feed.xml");
    const local = importFeed("http://127.0.0.1:3000/feed.xml");
    expect(local.status).toBe(1);
    expect(local.stderr).toContain("Only feeds on the standard web ports");
    expect(await db.feedImportRun.count()).toBe(runs);
  });

  it("asks for exactly one source", () => {
    const result = importFeed();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("usage: npm run import:feed -- <feed-url-or-file>");
  });
});
