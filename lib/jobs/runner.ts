import type { Db } from "@/lib/db-client";
import { deliverOutbox } from "@/lib/email/deliver";
import { initiativeChangeTags } from "@/lib/cache-tags";
import { publishTagInvalidation } from "@/lib/cache/invalidation";
import { runDueActions } from "@/lib/jobs/scheduler";
import { pruneRateLimits } from "@/lib/rate-limit";
import { eraseExpiredContactData } from "@/lib/submissions/retention";

const TICK_MS = 5_000;
/** Longer than a page takes to render, so none that began before a publish outlives this. */
const SETTLE_MS = 2_000;

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
      const results = await runDueActions(db);
      // A page rendered while the publish committed read the old state and may have been stored
      // after the invalidation, as if current (a visitor at the due time, or at start-up when
      // the runner catches up). Invalidating once more after such renders end corrects it.
      const slugs = results.flatMap((result) => (result.ok && result.slug ? [result.slug] : []));
      if (slugs.length)
        setTimeout(() => {
          void publishTagInvalidation(db, slugs.flatMap(initiativeChangeTags)).catch(() => {});
        }, SETTLE_MS);
      for (const result of results) {
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
