import type { Db } from "@/lib/db-client";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { eraseSubmitterData } from "@/lib/submissions/erase";

/**
 * How long a submitter's contact data is kept once it is no longer needed (README: "Partner
 * submissions"). A decided submission keeps it for a year, so the submitter still hears when
 * their entry is published and can ask about it; spam for 30 days, to recognise repeat abuse.
 * Submissions still waiting for a decision keep it. An admin can erase it earlier on request.
 */
export const RETENTION_DAYS: Partial<Record<SubmissionStatus, number>> = {
  APPROVED: 365,
  MERGED: 365,
  REJECTED: 365,
  SPAM: 30,
};

const DAY_MS = 86_400_000;

/** Erases contact data past its retention; returns how many submissions were erased. */
export async function eraseExpiredContactData(db: Db, now = new Date(), limit = 50) {
  const due = await db.submission.findMany({
    where: {
      erasedAt: null,
      OR: Object.entries(RETENTION_DAYS).map(([status, days]) => ({
        status: status as SubmissionStatus,
        decidedAt: { lt: new Date(now.getTime() - days * DAY_MS) },
      })),
    },
    orderBy: { decidedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let erased = 0;
  for (const { id } of due) {
    const result = await eraseSubmitterData(db, id, { actor: null, ip: null, reason: "retention" });
    if (result.ok) erased++;
  }
  return erased;
}
