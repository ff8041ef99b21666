import type { Db } from "@/lib/db-client";
import { getMailTransport, type MailTransport } from "@/lib/email/transport";

/** Tries per email before it is marked FAILED (an admin can retry it from the outbox). */
export const MAX_ATTEMPTS = 6;
/** A claimed email is due again after this long if its sender died before recording the outcome. */
const LEASE_MS = 5 * 60_000;
export const NOT_CONFIGURED = "Not sent: SMTP_URL is not configured (recorded in the outbox only).";

/** Minutes before the next try after `attempts` failed ones: 1, 2, 4, 8, 16 … capped at 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export interface DeliveryResult {
  id: string;
  status: "SENT" | "PENDING" | "FAILED";
  error?: string;
}

interface Claimed {
  id: string;
  to: string;
  subject: string;
  text: string;
  attempts: number;
}

/** SMTP 5xx replies (unknown mailbox, refused sender) will not change on a retry. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Sends due outbox emails. Safe with several app instances: rows are claimed in one UPDATE over a
 * `FOR UPDATE SKIP LOCKED` selection, which also counts the attempt and pushes the row's next try
 * past a lease, so no other instance sends it meanwhile, and a crash mid-send only delays it.
 * Sending happens outside any transaction (a slow mail server holds no row lock or connection).
 *
 * Without a transport (SMTP_URL unset) due emails are marked FAILED with NOT_CONFIGURED rather
 * than left pending: they stay readable in the outbox, and an admin can send them again once mail
 * is configured, instead of a backlog of stale notices going out unannounced.
 */
export async function deliverOutbox(
  db: Db,
  options: { transport?: MailTransport | null; now?: Date; limit?: number } = {},
): Promise<DeliveryResult[]> {
  const transport = options.transport === undefined ? getMailTransport() : options.transport;
  const now = options.now ?? new Date();
  const limit = options.limit ?? 20;
  if (!transport) {
    const failed = await db.$queryRaw<{ id: string }[]>`
      UPDATE "OutboxEmail" SET "status" = 'FAILED', "lastError" = ${NOT_CONFIGURED}
       WHERE "id" IN (
         SELECT "id" FROM "OutboxEmail" WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
          ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING "id"`;
    return failed.map(({ id }) => ({ id, status: "FAILED", error: NOT_CONFIGURED }));
  }
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}
     WHERE "id" IN (
       SELECT "id" FROM "OutboxEmail" WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "attempts"`;

  const results: DeliveryResult[] = [];
  for (const email of claimed) {
    try {
      await transport.send({ to: email.to, subject: email.subject, text: email.text });
      await db.outboxEmail.update({
        where: { id: email.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null },
      });
      results.push({ id: email.id, status: "SENT" });
    } catch (error) {
      const message = describe(error);
      const giveUp = isPermanent(error) || email.attempts >= MAX_ATTEMPTS;
      await db.outboxEmail.update({
        where: { id: email.id },
        data: giveUp
          ? { status: "FAILED", lastError: message }
          : {
              lastError: message,
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts)),
            },
      });
      results.push({ id: email.id, status: giveUp ? "FAILED" : "PENDING", error: message });
    }
  }
  return results;
}
