import type { SessionUser } from "@/lib/auth/session";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/initiatives/editor-write";
import type { SubmissionSource } from "@/lib/submissions/approve";
import { SubmissionDataSchema } from "@/lib/submissions/schemas";

/** Shared steps of the moderation actions (lib/submissions/moderation-actions.ts). */

export type ModerationTx = Tx;

/** Decisions are taken only on submissions still waiting for one. */
export const PENDING_STATUSES: readonly SubmissionStatus[] = ["NEW", "CHANGES_REQUESTED"];

export type LockedSubmission =
  | { ok: true; submission: SubmissionSource & { id: string } }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "status"; status: SubmissionStatus };

/**
 * Locks the submission row for the rest of the transaction and checks it still waits for a
 * decision. A second moderator deciding at the same moment waits for the lock, then sees the
 * first one's status and is refused.
 */
export async function lockPending(tx: Tx, id: string): Promise<LockedSubmission> {
  const [row] = await tx.$queryRaw<{ status: SubmissionStatus }[]>`
    SELECT "status" FROM "Submission" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!row) return { ok: false, reason: "missing" };
  if (!PENDING_STATUSES.includes(row.status))
    return { ok: false, reason: "status", status: row.status };
  const submission = await tx.submission.findUniqueOrThrow({
    where: { id },
    select: { id: true, locale: true, data: true, atRisk: true, logoId: true },
  });
  const parsed = SubmissionDataSchema.safeParse(submission.data);
  return {
    ok: true,
    submission: {
      ...submission,
      data: parsed.success ? parsed.data : SubmissionDataSchema.parse({ name: "" }),
    },
  };
}

export interface Decision {
  id: string;
  user: SessionUser;
  ip: string;
  status: SubmissionStatus;
  /** SubmissionMessage.kind, and the audit action's verb. */
  kind: "approved" | "merged" | "changes_requested" | "rejected" | "spam";
  /** A decision that closes the submission records who took it and when. */
  final: boolean;
  initiativeId?: string;
  reason?: string;
  body?: string;
  details?: Record<string, string | number | boolean>;
}
