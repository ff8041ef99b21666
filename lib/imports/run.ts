import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleKey, dedupeKey, normalizeArticleUrl } from "@/lib/imports/dedupe";
import { guessLocale } from "@/lib/imports/feed-locale";
import type { ParsedFeed } from "@/lib/imports/feed-types";
import { loadHintContext } from "@/lib/imports/hint-context";
import { compileContext, computeHints, guessFeedNames } from "@/lib/imports/hints";
import { parseFeed } from "@/lib/imports/parse-feed";

/**
 * One import run. The feed is fully read and parsed before anything is written: a malformed
 * or unreachable feed throws FeedError and leaves no row behind. Then the run row is created
 * (RUNNING, with the item count), each item is turned into a candidate while the run's
 * `processed` counter advances (what the admin page and the CLI show), and all new candidates
 * are inserted in one transaction together with the final counters: a run that fails half-way
 * leaves no candidate. No "server-only" here: the CLI uses it too.
 */

export const LIMITS = { title: 500, publisher: 200, excerpt: 1000, content: 200_000 } as const;
/** The counter is written at most this often (and after the last item). */
const PROGRESS_INTERVAL_MS = 250;
const TX_OPTIONS = { timeout: 60_000, maxWait: 10_000 };

export interface RunSummary {
  runId: string;
  status: "SUCCEEDED" | "FAILED";
  total: number;
  created: number;
  skipped: number;
  error: string | null;
}

export type ProgressListener = (processed: number, total: number) => void;

type Writer = Pick<
  Db,
  "feedImportRun" | "importCandidate" | "country" | "cause" | "initiative" | "$transaction"
>;

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** The first paragraph of the story when the feed gives no excerpt. */
function excerptOf(excerpt: string, content: string): string {
  if (excerpt && excerpt !== "…") return clip(excerpt, LIMITS.excerpt);
  const first = content.split(/\n{2,}/).find((p) => p.trim()) ?? "";
  return clip(first, 300);
}

/** Creates the run for an already parsed feed. */
export async function createRun(
  db: Pick<Db, "feedImportRun">,
  feed: ParsedFeed,
  source: string,
  startedById: string | null,
): Promise<string> {
  const run = await db.feedImportRun.create({
    data: {
      source: clip(source, 2000),
      feedTitle: feed.title ? clip(feed.title, 300) : null,
      total: feed.items.length,
      startedById,
    },
    select: { id: true },
  });
  return run.id;
}

/** Turns the feed's items into candidates of the run; never throws (a failure fails the run). */
export async function processRun(
  db: Writer,
  runId: string,
  feed: ParsedFeed,
  onProgress?: ProgressListener,
): Promise<RunSummary> {
  const total = feed.items.length;
  try {
    const context = compileContext(await loadHintContext(db));
    const guesses = guessFeedNames(feed.items, feed.publisher);
    const keys = feed.items.map((item) => dedupeKey({ ...item, publisher: feed.publisher }));
    const urls = feed.items.map((item) => normalizeArticleUrl(item.url));
    // A story is the same when either its GUID or its address was seen (another feed of the
    // same site may give it another GUID).
    const seen = await db.importCandidate.findMany({
      where: {
        OR: [
          { dedupeKey: { in: keys.filter((k): k is string => k !== null) } },
          { url: { in: urls.filter((u): u is string => u !== null) } },
        ],
      },
      select: { dedupeKey: true, url: true },
    });
    const known = new Set(seen.flatMap((row) => [row.dedupeKey, ...(row.url ? [row.url] : [])]));
    const rows: Prisma.ImportCandidateCreateManyInput[] = [];
    let lastWrite = Date.now();
    for (const [index, item] of feed.items.entries()) {
      const key = keys[index];
      const url = urls[index] ?? null;
      // Items already imported (by an earlier run or earlier in this feed) are skipped.
      if (key && !known.has(key) && !(url && known.has(url))) {
        known.add(key);
        if (url) known.add(url);
        rows.push({
          runId,
          dedupeKey: key,
          title: clip(item.title || url || "Untitled", LIMITS.title),
          url,
          publisher: feed.publisher ? clip(feed.publisher, LIMITS.publisher) : null,
          publishedAt: item.publishedAt,
          locale: feed.locale ?? guessLocale(`${item.title} ${item.excerpt}`),
          excerpt: excerptOf(item.excerpt, item.content),
          content: clip(item.content, LIMITS.content),
          hints: { ...computeHints(item, context, guesses[index] ?? [], articleKey(url)) },
        });
      }
      const processed = index + 1;
      onProgress?.(processed, total);
      if (processed < total && Date.now() - lastWrite >= PROGRESS_INTERVAL_MS) {
        lastWrite = Date.now();
        await db.feedImportRun.update({ where: { id: runId }, data: { processed } });
      }
    }
    const created = await db.$transaction(async (tx) => {
      // skipDuplicates: a concurrent run of the same feed may have inserted some meanwhile.
      const inserted = await tx.importCandidate.createMany({ data: rows, skipDuplicates: true });
      await tx.feedImportRun.update({
        where: { id: runId },
        data: {
          status: "SUCCEEDED",
          processed: total,
          created: inserted.count,
          skipped: total - inserted.count,
          finishedAt: new Date(),
        },
      });
      return inserted.count;
    }, TX_OPTIONS);
    return { runId, status: "SUCCEEDED", total, created, skipped: total - created, error: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db.feedImportRun
      .update({
        where: { id: runId },
        data: { status: "FAILED", error: clip(reason, 2000), created: 0, finishedAt: new Date() },
      })
      .catch(() => {});
    return {
      runId,
      status: "FAILED",
      total,
      created: 0,
      skipped: 0,
      error: `The import failed: ${reason}`,
    };
  }
}

/** Parses and imports a feed's text in one go (the CLI and tests); throws FeedError first. */
export async function importFeedText(
  db: Writer,
  input: { source: string; text: string; startedById: string | null },
  onProgress?: ProgressListener,
): Promise<RunSummary & { feed: ParsedFeed }> {
  const feed = parseFeed(input.text);
  const runId = await createRun(db, feed, input.source, input.startedById);
  return { ...(await processRun(db, runId, feed, onProgress)), feed };
}
