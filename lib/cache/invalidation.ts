import type { Db } from "@/lib/db-client";

/**
 * Invalidates cache tags from outside a request (the job runner): written where every app
 * instance's cache handler reads invalidations (lib/cache/shared-tags-cache-handler.mjs), this
 * one's included, within its sync interval.
 */
export async function publishTagInvalidation(
  db: Pick<Db, "$executeRaw">,
  tags: string[],
): Promise<void> {
  for (const tag of new Set(tags)) {
    await db.$executeRaw`
      INSERT INTO "CacheTagRevision" ("tag", "staleAt", "expiredAt") VALUES (${tag}, now(), now())
      ON CONFLICT ("tag") DO UPDATE SET "staleAt" = now(), "expiredAt" = now()`;
  }
}
