import { initiativeChangeTags } from "@/lib/cache-tags";
import { publishTagInvalidation } from "@/lib/cache/invalidation";
import type { Db } from "@/lib/db-client";
import { applyTransition } from "@/lib/initiatives/workflow";

export interface DueResult {
  id: string;
  initiativeId: string;
  slug: string | null;
  ok: boolean;
  message?: string;
}

/** An action whose run keeps failing with an error is given up after this many tries. */
const MAX_ATTEMPTS = 5;

type Due = {
  id: string;
  initiativeId: string;
  action: "PUBLISH" | "UNPUBLISH";
  createdById: string | null;
  attempts: number;
};

/**
 * Runs scheduled publication changes that are due. Safe with any number of app instances: each
 * action is claimed with FOR UPDATE SKIP LOCKED inside the transaction that performs it, so it
 * runs exactly once; a crash rolls the claim back and another run picks it up. Actions are stored
 * in PostgreSQL, so they survive restarts and fire on the first run after one.
 */
export async function runDueActions(db: Db, now = new Date(), limit = 20): Promise<DueResult[]> {
  const results: DueResult[] = [];
  for (let i = 0; i < limit; i++) {
    let claimed: Due | undefined;
    let result: DueResult | null;
    try {
      result = await db.$transaction(async (tx) => {
        [claimed] = await tx.$queryRaw<Due[]>`
          SELECT "id", "initiativeId", "action", "createdById", "attempts" FROM "ScheduledAction"
           WHERE "status" = 'PENDING' AND "runAt" <= ${now}
           ORDER BY "runAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!claimed) return null;
        const due = claimed;
        const creator = due.createdById
          ? await tx.user.findUnique({
              where: { id: due.createdById },
              select: { id: true, email: true },
            })
          : null;
        // The schedule was authorised when it was created; it runs on its creator's behalf.
        const outcome = await applyTransition(
          tx,
          due.initiativeId,
          due.action === "PUBLISH" ? "publish" : "unpublish",
          { id: creator?.id ?? null, email: creator?.email ?? null, role: null },
          null,
          "schedule",
        );
        // A move the entry's state no longer allows (published by hand meanwhile) is final.
        await tx.scheduledAction.update({
          where: { id: due.id },
          data: {
            status: outcome.ok ? "DONE" : "FAILED",
            executedAt: new Date(),
            attempts: { increment: 1 },
            error: outcome.ok ? null : outcome.message,
          },
        });
        if (outcome.ok) await publishTagInvalidation(tx, initiativeChangeTags(outcome.slug));
        return {
          id: due.id,
          initiativeId: due.initiativeId,
          slug: outcome.ok ? outcome.slug : null,
          ok: outcome.ok,
          message: outcome.ok ? undefined : outcome.message,
        };
      });
    } catch (error) {
      // The transaction rolled back, so the action is still pending: count the try, and give up
      // after MAX_ATTEMPTS so one broken action cannot block the queue.
      if (!claimed) throw error;
      const message = error instanceof Error ? error.message : String(error);
      await db.scheduledAction.update({
        where: { id: claimed.id },
        data: {
          attempts: { increment: 1 },
          error: message.slice(0, 500),
          ...(claimed.attempts + 1 >= MAX_ATTEMPTS
            ? { status: "FAILED", executedAt: new Date() }
            : {}),
        },
      });
      result = {
        id: claimed.id,
        initiativeId: claimed.initiativeId,
        slug: null,
        ok: false,
        message,
      };
      if (claimed.attempts + 1 < MAX_ATTEMPTS) {
        results.push(result);
        break; // retried on the next tick
      }
    }
    if (!result) break;
    results.push(result);
  }
  return results;
}
