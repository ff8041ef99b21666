import type { Db } from "@/lib/db-client";
import { getEnv, getSiteUrl } from "@/lib/env";
import { renderStaffNotice, type StaffNoticeEvent } from "@/lib/email/staff-templates";
import { renderSubmitterEmail, type SubmitterEmailKind } from "@/lib/email/submitter-templates";
import type { Locale } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isUiLocale, type UiLocale } from "@/lib/i18n/locales";
import { REJECT_REASONS, type RejectReason } from "@/lib/submissions/moderation-schemas";
import { statusPath } from "@/lib/submissions/status-token";

/**
 * Enqueueing only inserts OutboxEmail rows, inside the caller's transaction: the email exists
 * exactly when the change it reports was committed, and a mail server that is down can never
 * fail the request. The job runner sends them (lib/email/deliver.ts).
 */

type Writer = Pick<Db, "submission" | "submissionMessage" | "initiative" | "outboxEmail" | "user">;

export const submitterTemplate = (kind: SubmitterEmailKind) => `submission.${kind}`;
export const STAFF_NOTICE_TEMPLATE = "staff.submission";

/** The language the submitter wrote in, if the interface speaks it; English otherwise. */
export function submitterLocale(locale: Locale): UiLocale {
  return isUiLocale(locale) ? locale : DEFAULT_LOCALE;
}

function proposalName(data: unknown): string {
  const name = (data as { name?: unknown } | null)?.name;
  return typeof name === "string" && name.trim() ? name.trim() : "—";
}

const STAFF_MESSAGE_KIND: Partial<Record<SubmitterEmailKind, string>> = {
  changes_requested: "changes_requested",
  rejected: "rejected",
};

/**
 * Queues an email to the submitter about their submission, in their language. Returns the
 * outbox row's id, or null when there is nobody to write to (no address, or erased).
 * "changes_requested" and "rejected" quote the latest staff message of that kind, so call it
 * after writing the message.
 */
export async function queueSubmissionEmail(
  tx: Writer,
  submissionId: string,
  kind: SubmitterEmailKind,
): Promise<string | null> {
  const submission = await tx.submission.findUnique({
    where: { id: submissionId },
    select: {
      locale: true,
      data: true,
      contactName: true,
      contactEmail: true,
      initiativeId: true,
      erasedAt: true,
    },
  });
  if (!submission?.contactEmail || submission.erasedAt) return null;
  const locale = submitterLocale(submission.locale);
  const messageKind = STAFF_MESSAGE_KIND[kind];
  const message = messageKind
    ? await tx.submissionMessage.findFirst({
        where: { submissionId, kind: messageKind, fromStaff: true },
        orderBy: { createdAt: "desc" },
        select: { body: true, reason: true },
      })
    : null;
  let publicUrl: string | undefined;
  if (kind === "published" && submission.initiativeId) {
    const initiative = await tx.initiative.findUnique({
      where: { id: submission.initiativeId },
      select: { slug: true },
    });
    if (initiative) publicUrl = `${getSiteUrl()}/${locale}/initiatives/${initiative.slug}`;
  }
  const reason = (REJECT_REASONS as readonly string[]).includes(message?.reason ?? "")
    ? (message!.reason as RejectReason)
    : null;
  const { subject, text } = renderSubmitterEmail(kind, locale, {
    name: proposalName(submission.data),
    contactName: submission.contactName,
    statusUrl: `${getSiteUrl()}${statusPath(locale, submissionId)}`,
    message: message?.body,
    reason,
    publicUrl,
  });
  const row = await tx.outboxEmail.create({
    data: {
      to: submission.contactEmail,
      locale,
      template: submitterTemplate(kind),
      subject,
      text,
      submissionId,
    },
    select: { id: true },
  });
  return row.id;
}

/** Where staff notices go: STAFF_NOTIFY_EMAIL, or every active admin and editor. */
export async function staffRecipients(tx: Pick<Db, "user">): Promise<string[]> {
  const configured = getEnv().STAFF_NOTIFY_EMAIL;
  if (configured) return [configured];
  const users = await tx.user.findMany({
    where: { active: true, role: { in: ["ADMIN", "EDITOR"] } },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return users.map((user) => user.email);
}

/** Queues the notice to staff about a new (or updated) submission; one row per recipient. */
export async function queueStaffNotice(
  tx: Writer,
  submissionId: string,
  event: StaffNoticeEvent = "new",
): Promise<number> {
  const submission = await tx.submission.findUnique({
    where: { id: submissionId },
    select: { data: true, atRisk: true, duplicates: true },
  });
  if (!submission) return 0;
  const countries = (submission.data as { countries?: unknown } | null)?.countries;
  const { subject, text } = renderStaffNotice({
    event,
    name: proposalName(submission.data),
    countries: Array.isArray(countries) ? countries.filter((c) => typeof c === "string") : [],
    atRisk: submission.atRisk,
    duplicates: Array.isArray(submission.duplicates) ? submission.duplicates.length : 0,
    adminUrl: `${getSiteUrl()}/admin/submissions/${submissionId}`,
  });
  const recipients = await staffRecipients(tx);
  if (recipients.length === 0) return 0;
  const result = await tx.outboxEmail.createMany({
    data: recipients.map((to) => ({
      to,
      locale: "en" as const,
      template: STAFF_NOTICE_TEMPLATE,
      subject,
      text,
      submissionId,
    })),
  });
  return result.count;
}

/**
 * When an initiative that came from a submission (approved into it, or merged into it) is
 * published, tells its submitters, once each: a later unpublish and republish sends nothing new.
 */
export async function queuePublishedEmails(tx: Writer, initiativeId: string): Promise<number> {
  const submissions = await tx.submission.findMany({
    where: { initiativeId, status: { in: ["APPROVED", "MERGED"] }, erasedAt: null },
    select: { id: true },
  });
  let queued = 0;
  for (const { id } of submissions) {
    const already = await tx.outboxEmail.findFirst({
      where: { submissionId: id, template: submitterTemplate("published") },
      select: { id: true },
    });
    if (!already && (await queueSubmissionEmail(tx, id, "published"))) queued++;
  }
  return queued;
}
