/**
 * npm run import:feed -- <feed-url-or-file>
 * Imports an RSS, Atom or WordPress feed (or one saved as text) as import candidates, which staff
 * then attach or turn into drafts at /admin/imports. Re-running it imports nothing twice.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { CliError, withCliDatabase } from "../lib/cli-database";
import { decodeFeedBytes, fetchFeed } from "../lib/imports/fetch-feed";
import { FeedError, MAX_FEED_BYTES } from "../lib/imports/feed-types";
import { parseFeed } from "../lib/imports/parse-feed";
import { createRun, processRun } from "../lib/imports/run";

const USAGE = "usage: npm run import:feed -- <feed-url-or-file>";

async function readSource(source: string): Promise<{ text: string; name: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
    return { text: await fetchFeed(source), name: source };
  const file = path.resolve(source);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new FeedError("no_file", { file: source });
  if (info.size > MAX_FEED_BYTES)
    throw new FeedError("too_large", { size: MAX_FEED_BYTES / 1024 / 1024 });
  return { text: decodeFeedBytes(await readFile(file)), name: path.basename(file) };
}

async function main() {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const [source, ...extra] = args;
  if (!source || extra.length > 0) throw new CliError(`give one feed address or file\n${USAGE}`);

  // Read and parse before touching the database: a bad feed changes nothing.
  const { text, name } = await readSource(source);
  const feed = parseFeed(text);
  console.log(
    `Feed: ${feed.title ?? "(untitled)"}, ${feed.items.length} ${feed.items.length === 1 ? "story" : "stories"}`,
  );
  const step = Math.max(1, Math.ceil(feed.items.length / 20));
  const summary = await withCliDatabase(async (db) => {
    const runId = await createRun(db, feed, name, null);
    return processRun(db, runId, feed, (processed, total) => {
      if (processed % step === 0 || processed === total) console.log(`${processed}/${total} items`);
    });
  });
  if (summary.status === "FAILED") throw new CliError(summary.error ?? "the import failed");
  console.log(
    `Imported: ${summary.created} new ${summary.created === 1 ? "candidate" : "candidates"}, ${summary.skipped} already imported (run ${summary.runId}). Review them at /admin/imports.`,
  );
}

main().catch((error: unknown) => {
  const message = (error instanceof Error ? error.message : String(error)).split("\n");
  console.error(`import:feed: ${message[0]}`);
  if (message.length > 1) console.error(message.slice(1).join("\n"));
  process.exit(1);
});
