import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import Handler, {
  closePool,
  resetLocalState,
  syncTags,
} from "@/lib/cache/shared-tags-cache-handler.mjs";

const require = createRequire(import.meta.url);
const { tagsManifest, areTagsExpired } =
  require("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
    tagsManifest: Map<string, { stale?: number; expired?: number }>;
    areTagsExpired: (tags: string[], timestamp: number) => boolean;
  };

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(async () => {
  await closePool();
  await db.$disconnect();
});

function handler() {
  return new Handler({
    fs: undefined,
    serverDistDir: "/tmp/civic-atlas-cache-test",
    flushToDisk: false,
  });
}

describe("shared tag invalidation", () => {
  it("publishes a revalidation that another instance then sees", async () => {
    const cachedAt = Date.now() - 1_000;
    await handler().revalidateTag(["initiative:kun-jarygy"], { expire: 0 });

    const row = await db.cacheTagRevision.findUnique({ where: { tag: "initiative:kun-jarygy" } });
    expect(row?.staleAt.getTime()).toBeGreaterThan(cachedAt);

    // A second instance starts with no local knowledge of the invalidation...
    resetLocalState();
    expect(areTagsExpired(["initiative:kun-jarygy"], cachedAt)).toBe(false);
    // ...and learns it from PostgreSQL on its next cache read.
    await syncTags({ force: true });
    expect(areTagsExpired(["initiative:kun-jarygy"], cachedAt)).toBe(true);
    expect(areTagsExpired(["initiative:other"], cachedAt)).toBe(false);
  });

  it("keeps the newest invalidation when several arrive", async () => {
    await handler().revalidateTag("directory", { expire: 0 });
    const first = tagsManifest.get("directory")?.expired ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler().revalidateTag("directory", { expire: 0 });
    resetLocalState();
    await syncTags({ force: true });
    expect(tagsManifest.get("directory")?.expired).toBeGreaterThan(first);
  });
});
