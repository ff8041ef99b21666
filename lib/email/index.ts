/**
 * Outgoing email. Everything is written to the OutboxEmail table first (inside the transaction of
 * the change it reports) and sent by the job runner through SMTP, with retries; admins read the
 * outbox at /admin/outbox.
 */
export {
  queuePublishedEmails,
  queueStaffNotice,
  queueSubmissionEmail,
  staffRecipients,
  STAFF_NOTICE_TEMPLATE,
  submitterLocale,
  submitterTemplate,
} from "@/lib/email/queue";
export { deliverOutbox, MAX_ATTEMPTS, NOT_CONFIGURED, retryDelayMs } from "@/lib/email/deliver";
export {
  rejectReasonText,
  SUBMITTER_EMAIL_KINDS,
  type SubmitterEmailKind,
} from "@/lib/email/submitter-templates";
export type { StaffNoticeEvent } from "@/lib/email/staff-templates";
export type { MailTransport, OutgoingEmail } from "@/lib/email/transport";
