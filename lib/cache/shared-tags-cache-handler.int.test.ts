import { createRequire } from "node:module";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import Handler, {
  closePool,
  invalidatedWithin,
  RENDER_GRACE_MS,
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

describe("a render that overlaps an invalidation", () => {
  const page = (tags: string) => ({
    kind: "APP_PAGE",
    html: "<p>old</p>",
    headers: { "x-next-cache-tags": tags },
    status: 200,
  });

  it("is not stored when its tags were invalidated while it rendered", async () => {
    const stored = vi
      .spyOn(Object.getPrototypeOf(Handler.prototype) as { set: () => Promise<void> }, "set")
      .mockResolvedValue(undefined);
    // Another instance saves a change while this one renders the page.
    await db.cacheTagRevision.upsert({
      where: { tag: "initiative:race" },
      create: { tag: "initiative:race", staleAt: new Date(), expiredAt: new Date() },
      update: { staleAt: new Date(), expiredAt: new Date() },
    });
    await handler().set("/en/initiatives/race", page("directory,initiative:race"), {});
    expect(stored).not.toHaveBeenCalled();

    // Pages whose tags were not touched, and pages rendered long after, are stored as usual.
    await handler().set("/en/about", page("taxonomy"), {});
    expect(stored).toHaveBeenCalledTimes(1);
    expect(invalidatedWithin(["initiative:race"], RENDER_GRACE_MS)).toBe(true);
    expect(
      invalidatedWithin(["initiative:race"], RENDER_GRACE_MS, Date.now() + RENDER_GRACE_MS + 1),
    ).toBe(false);
    stored.mockRestore();
  });
});
