import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db-client";
import { isMediaKey } from "@/lib/media/urls";

/**
 * Erasure of a submitter's personal data, on their request. Removed: the contact columns, the
 * logo (unless an initiative now uses it: then it is the initiative's), the submitter's own
 * replies, and the address and text of emails to them (pending ones are cancelled). Kept: the
 * proposal itself (`data`, versions, staff messages), which holds no contact data by design, and
 * the status. The audit entry names the fields erased, never their values.
 *
 * The logo's files are deleted through `deleteFile` (media storage is server-only, and the job
 * runner that erases on schedule cannot load it); without one the Media row is only unlinked.
 */

export const ERASED = "[erased]";

export type EraseResult = { ok: true } | { ok: false; reason: "missing" | "already" };

export async function eraseSubmitterData(
  db: Db,
  id: string,
  /** No actor: the retention job (lib/submissions/retention.ts). */
  context: { actor: { id: string; email: string } | null; ip: string | null; reason?: string },
  deleteFile?: (key: string) => Promise<void>,
): Promise<EraseResult> {
  const outcome = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ erasedAt: Date | null }[]>`
      SELECT "erasedAt" FROM "Submission" WHERE "id" = ${id}::uuid FOR UPDATE`;
    if (!row) return { ok: false, reason: "missing" } as const;
    if (row.erasedAt) return { ok: false, reason: "already" } as const;
    const submission = await tx.submission.findUniqueOrThrow({
      where: { id },
      select: { contactEmail: true, contactTelegram: true, contactName: true, logoId: true },
    });
    const logo = submission.logoId
      ? await tx.media.findUnique({
          where: { id: submission.logoId },
          select: { id: true, variants: true, logoOf: { select: { id: true } } },
        })
      : null;
    const dropLogo = deleteFile && logo && !logo.logoOf ? logo : null;
    await tx.submission.update({
      where: { id },
      data: {
        contactName: null,
        contactEmail: null,
        contactTelegram: null,
        logoId: null,
        erasedAt: new Date(),
      },
    });
    if (dropLogo) await tx.media.delete({ where: { id: dropLogo.id } });
    const replies = await tx.submissionMessage.updateMany({
      where: { submissionId: id, fromStaff: false },
      data: { body: ERASED },
    });
    const emails = submission.contactEmail
      ? { to: { equals: submission.contactEmail, mode: "insensitive" as const } }
      : null;
    const cancelled = emails
      ? await tx.outboxEmail.updateMany({
          where: { submissionId: id, status: "PENDING", ...emails },
          data: { status: "FAILED", lastError: "Cancelled: the submitter's data was erased." },
        })
      : { count: 0 };
    const redacted = emails
      ? await tx.outboxEmail.updateMany({
          where: { submissionId: id, ...emails },
          data: { to: ERASED, text: ERASED },
        })
      : { count: 0 };
    await audit(tx, {
      actor: context.actor,
      action: "submission.erase",
      entityType: "submission",
      entityId: id,
      ip: context.ip,
      details: {
        fields: [
          ...(submission.contactName ? ["contactName"] : []),
          ...(submission.contactEmail ? ["contactEmail"] : []),
          ...(submission.contactTelegram ? ["contactTelegram"] : []),
          ...(submission.logoId ? ["logo"] : []),
        ],
        ...(context.reason ? { reason: context.reason } : {}),
        replies: replies.count,
        emailsRedacted: redacted.count,
        emailsCancelled: cancelled.count,
      },
    });
    const keys = dropLogo ? Object.values(dropLogo.variants as Record<string, unknown>) : [];
    return { ok: true, keys } as const;
  });
  if (!outcome.ok) return outcome;
  // Files go after the commit: a failed transaction must not leave a row pointing at nothing.
  await Promise.all(
    outcome.keys
      .filter((key): key is string => typeof key === "string" && isMediaKey(key))
      .map((key) => deleteFile!(key).catch(() => {})),
  );
  return { ok: true };
}
