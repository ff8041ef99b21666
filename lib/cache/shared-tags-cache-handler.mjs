// Next.js cache handler for several app instances: pages and cached data stay in each
// instance's own cache (disk and memory, as in Next's default FileSystemCache), while tag
// invalidations (revalidateTag) are shared through PostgreSQL, so a change made on one instance
// reaches every instance's cached pages within SYNC_INTERVAL_MS.
//
// Plain JavaScript: Next loads this file by path at run time, outside the TypeScript build.
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);
const FileSystemCache =
  require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const {
  tagsManifest,
} = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

/** How stale another instance's view of a tag may be. */
export const SYNC_INTERVAL_MS = 250;
/** Rows are re-read this far back, so small clock differences between instances lose nothing. */
const OVERLAP_MS = 5_000;

let pool;
let lastSync = 0;
let watermark = 0;
let pending;

function getPool() {
  // Next constructs cache handlers itself, so the URL cannot be passed in: the start command
  // (scripts/start.ts) always sets DATABASE_URL for the server process.
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  pool ??= new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000 });
  return pool;
}

function apply(rows) {
  for (const row of rows) {
    const stale = Number(row.stale);
    const expired = row.expired === null ? undefined : Number(row.expired);
    const current = tagsManifest.get(row.tag) ?? {};
    tagsManifest.set(row.tag, {
      ...current,
      stale: Math.max(current.stale ?? 0, stale),
      expired: expired === undefined ? current.expired : Math.max(current.expired ?? 0, expired),
    });
    watermark = Math.max(watermark, stale);
  }
}

/** Brings this process's tag manifest up to date with every instance's invalidations. */
export async function syncTags({ force = false } = {}) {
  const db = getPool();
  if (!db) return;
  if (!force && Date.now() - lastSync < SYNC_INTERVAL_MS) return pending;
  lastSync = Date.now();
  pending = db
    .query(
      `SELECT "tag", (extract(epoch FROM "staleAt") * 1000)::bigint AS stale,
              (extract(epoch FROM "expiredAt") * 1000)::bigint AS expired
         FROM "CacheTagRevision" WHERE "staleAt" > to_timestamp($1 / 1000.0)`,
      [watermark - OVERLAP_MS],
    )
    .then((result) => apply(result.rows))
    // The cache keeps working on local state when the database is briefly unreachable.
    .catch(() => {});
  return pending;
}

async function publish(tags) {
  const db = getPool();
  if (!db) return;
  const rows = tags.map((tag) => ({ tag, entry: tagsManifest.get(tag) ?? {} }));
  await db.query(
    `INSERT INTO "CacheTagRevision" ("tag", "staleAt", "expiredAt")
     SELECT t.tag, to_timestamp(t.stale / 1000.0), to_timestamp(t.expired / 1000.0)
       FROM jsonb_to_recordset($1::jsonb) AS t(tag text, stale double precision, expired double precision)
     ON CONFLICT ("tag") DO UPDATE SET "staleAt" = EXCLUDED."staleAt", "expiredAt" = EXCLUDED."expiredAt"`,
    [
      JSON.stringify(
        rows.map(({ tag, entry }) => ({
          tag,
          stale: entry.stale ?? Date.now(),
          expired: entry.expired ?? null,
        })),
      ),
    ],
  );
}

/**
 * A render that began before a change was saved and ends after its invalidation would otherwise
 * be stored as if current (Next stamps an entry with the time it is stored, not the time its data
 * was read). Entries whose tags were invalidated this recently are therefore not stored: the next
 * request renders again. Longer than any render takes.
 */
export const RENDER_GRACE_MS = 5_000;

/** The cache tags of an entry: a page's or route's header, or the tags of cached data. */
function entryTags(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  return [...(typeof header === "string" ? header.split(",") : []), ...(ctx?.tags ?? [])];
}

/** Whether any of `tags` was invalidated (on any instance) within the last `withinMs`. */
export function invalidatedWithin(tags, withinMs, now = Date.now()) {
  return tags.some((tag) => {
    const entry = tagsManifest.get(tag);
    return Math.max(entry?.stale ?? 0, entry?.expired ?? 0) > now - withinMs;
  });
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  async get(...args) {
    await syncTags();
    return super.get(...args);
  }

  async set(key, data, ctx) {
    const tags = entryTags(data, ctx);
    if (data && tags.length > 0) {
      await syncTags({ force: true });
      if (invalidatedWithin(tags, RENDER_GRACE_MS)) return;
    }
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await publish(typeof tags === "string" ? [tags] : tags);
  }
}

/** For tests: forget local state, as a fresh instance would have. */
export function resetLocalState() {
  tagsManifest.clear();
  lastSync = 0;
  watermark = 0;
}

export async function closePool() {
  await pool?.end();
  pool = undefined;
}
