import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FeedError } from "@/lib/imports/feed-types";
import type { CandidateHints } from "@/lib/imports/hints";
import { parseFeed } from "@/lib/imports/parse-feed";
import { createRun, importFeedText, processRun } from "@/lib/imports/run";
import { seedDatabase } from "@/prisma/seed/seed";

const SEED_FEED = readFileSync(
  path.resolve(import.meta.dirname, "../../e2e/fixtures/eurasia-civil-society-feed.txt"),
  "utf8",
);
const RSS = readFileSync(path.join(import.meta.dirname, "fixtures/wordpress-rss.xml"), "utf8");

beforeAll(async () => {
  await seedDatabase(db);
});

beforeEach(async () => {
  await db.feedImportRun.deleteMany();
});

const counts = async () => ({
  runs: await db.feedImportRun.count(),
  candidates: await db.importCandidate.count(),
});

describe("importing the Eurasia Foundation feed file", () => {
  it("creates one candidate per story with its article as source data, and none on a second run", async () => {
    const progress: string[] = [];
    const first = await importFeedText(
      db,
      { source: "eurasia.txt", text: SEED_FEED, startedById: null },
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(first).toMatchObject({ status: "SUCCEEDED", total: 12, created: 12, skipped: 0 });
    expect(progress).toHaveLength(12);
    expect(progress.at(-1)).toBe("12/12");

    const candidates = await db.importCandidate.findMany({ orderBy: { publishedAt: "desc" } });
    expect(candidates).toHaveLength(12);
    for (const c of candidates) {
      expect(c.runId).toBe(first.runId);
      expect(c.status).toBe("NEW");
      expect(c.publisher).toBe("Eurasia Foundation");
      expect(c.locale).toBe("en");
      expect(c.url).toMatch(/^https:\/\/www\.eurasia\.org\/success-stories\/[a-z0-9-]+\/$/);
      expect(c.dedupeKey).toMatch(
        /^https:\/\/www\.eurasia\.org\/\?post_type=success-stories&p=\d+$/,
      );
      expect(c.publishedAt).not.toBeNull();
      expect(c.title.length).toBeGreaterThan(20);
      expect(c.excerpt.length).toBeGreaterThan(50);
      expect(c.content.length).toBeGreaterThan(2000);
    }
    const bulbul = candidates[0]!;
    expect(bulbul.title).toMatch(/^Changemaker Combats Cultures of Silence/);
    expect(bulbul.publishedAt?.toISOString()).toBe("2024-11-06T11:54:48.000Z");
    const hints = bulbul.hints as unknown as CandidateHints;
    const seeded = await db.initiative.findUniqueOrThrow({
      where: { slug: "bulbul" },
      select: { id: true },
    });
    expect(hints.initiativeIds[0]).toBe(seeded.id);
    expect(hints.names[0]).toBe("Būlbūl");
    expect(hints.countries).toEqual(expect.arrayContaining(["KZ", "KG", "TJ", "UZ"]));
    expect(hints.causes).toContain("violence-prevention");

    const run = await db.feedImportRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(run).toMatchObject({
      status: "SUCCEEDED",
      feedTitle: "Civil Society Archives - Eurasia Foundation",
      source: "eurasia.txt",
      total: 12,
      processed: 12,
      created: 12,
      skipped: 0,
      error: null,
    });
    expect(run.finishedAt).not.toBeNull();

    const second = await importFeedText(db, {
      source: "eurasia.txt",
      text: SEED_FEED,
      startedById: null,
    });
    expect(second).toMatchObject({ status: "SUCCEEDED", created: 0, skipped: 12 });
    expect(await counts()).toEqual({ runs: 2, candidates: 12 });
  });

  it("imports XML feeds, normalising addresses and filling a missing excerpt", async () => {
    const result = await importFeedText(db, { source: "rss", text: RSS, startedById: null });
    expect(result).toMatchObject({ created: 3, skipped: 0 });
    const helpline = await db.importCandidate.findUniqueOrThrow({
      where: { dedupeKey: "https://steppe-grants.example.org/?p=97" },
    });
    expect(helpline.url).toBe("https://steppe-grants.example.org/stories/sign-language-helpline/");
    const hints = helpline.hints as unknown as CandidateHints;
    expect(hints.countries).toEqual(["KG"]);
    expect(hints.names).toContain("Kol Tili");
    // No GUID: the story is known by its address.
    const noGuid = await db.importCandidate.findUniqueOrThrow({
      where: { dedupeKey: "https://steppe-grants.example.org/stories/no-guid/" },
    });
    expect(noGuid.publishedAt).toBeNull();

    // The same stories under other GUIDs (another feed of the site) are known by their address.
    const renamed = RSS.replace(/\?p=(\d+)</g, "?p=9$1<");
    expect(renamed).not.toBe(RSS);
    const again = await importFeedText(db, { source: "rss", text: renamed, startedById: null });
    expect(again).toMatchObject({ created: 0, skipped: 3 });
  });
});

describe("a feed that cannot be imported", () => {
  it("throws before anything is written", async () => {
    // Cut before the first story's date: a channel header and a title, but no story.
    const broken = SEED_FEED.slice(0, 350);
    await expect(
      importFeedText(db, {
        source: "x",
        text: "<rss><channel><item></channel>",
        startedById: null,
      }),
    ).rejects.toBeInstanceOf(FeedError);
    await expect(importFeedText(db, { source: "x", text: "", startedById: null })).rejects.toThrow(
      "The feed is empty.",
    );
    await expect(
      importFeedText(db, { source: "x", text: broken, startedById: null }),
    ).rejects.toThrow(/not a feed/);
    expect(await counts()).toEqual({ runs: 0, candidates: 0 });
  });

  it("fails the run and keeps no candidate when writing fails half-way", async () => {
    const feed = parseFeed(SEED_FEED);
    // PostgreSQL refuses NUL characters in text: the last item cannot be stored.
    feed.items[11] = { ...feed.items[11]!, content: "broken \u0000 text" };
    const runId = await createRun(db, feed, "broken", null);
    const summary = await processRun(db, runId, feed);
    expect(summary.status).toBe("FAILED");
    expect(summary.error).toMatch(/^The import failed: /);
    expect(await db.importCandidate.count()).toBe(0);
    const run = await db.feedImportRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "FAILED", created: 0 });
    expect(run.error).toMatch(/\S/);
    expect(run.error).not.toMatch(/^The import failed/);
  });
});
