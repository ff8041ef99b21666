import type { Db } from "@/lib/db-client";
import { deliverOutbox } from "@/lib/email/deliver";
import { runDueActions } from "@/lib/jobs/scheduler";
import { pruneRateLimits } from "@/lib/rate-limit";
import { eraseExpiredContactData } from "@/lib/submissions/retention";

const TICK_MS = 5_000;

/**
 * Polls for due scheduled actions in this app instance. Every instance runs one; rows are claimed
 * with SKIP LOCKED, so they never run twice. The first tick comes right after start-up, so an
 * action that fell due while the app was down runs at once.
 */
export function startJobRunner(db: Db, log: (message: string) => void = console.log): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticks = 0;
  const tick = async () => {
    try {
      // A page that rendered while a publish committed is not stored as current: the cache
      // handler refuses entries whose tags were just invalidated (shared-tags-cache-handler.mjs).
      for (const result of await runDueActions(db)) {
        log(
          result.ok
            ? `civic-atlas: scheduled action ${result.id} done (${result.slug})`
            : `civic-atlas: scheduled action ${result.id} failed: ${result.message}`,
        );
      }
    } catch (error) {
      log(`civic-atlas: job runner: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      for (const result of await deliverOutbox(db)) {
        if (result.status !== "SENT")
          log(`civic-atlas: email ${result.id} not sent (${result.status}): ${result.error}`);
      }
    } catch (error) {
      log(`civic-atlas: outbox: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Housekeeping, about once a minute; any instance may do it, deletes are idempotent.
    if (++ticks % 12 === 1) await pruneRateLimits(db).catch(() => {});
    // Submitters' contact data past its retention period, about once an hour.
    if (ticks % 720 === 1) await eraseExpiredContactData(db).catch(() => {});
    if (!stopped) timer = setTimeout(() => void tick(), TICK_MS);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
