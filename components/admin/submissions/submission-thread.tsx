import type { AdminLocale, AdminMessages } from "@/lib/admin-i18n";
import { formatDateTime, t } from "@/lib/admin-i18n";
import type { SubmissionDetailDto } from "@/lib/submissions/admin-queries";
import { REJECT_REASONS, type RejectReason } from "@/lib/submissions/moderation-schemas";

const isReason = (value: string | null): value is RejectReason =>
  (REJECT_REASONS as readonly (string | null)[]).includes(value);

/** Staff decisions, notes and the submitter's replies, oldest first. */
export function SubmissionThread({
  messages,
  locale,
  m,
}: {
  messages: SubmissionDetailDto["messages"];
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const d = m.submissions.detail;
  if (messages.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{d.threadEmpty}</p>;
  return (
    <ol className="space-y-3">
      {messages.map((message) => {
        const kind = d.messageKinds[message.kind as keyof typeof d.messageKinds] ?? message.kind;
        return (
          <li
            key={message.id}
            className={`rounded-lg border p-3 text-sm ${
              message.kind === "note"
                ? "border-dashed border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
                : message.fromStaff
                  ? "border-slate-200 dark:border-slate-800"
                  : "border-sky-200 bg-sky-50 dark:border-sky-900 dark:bg-sky-950"
            }`}
          >
            <p className="text-xs text-slate-600 dark:text-slate-400">
              <strong className="font-semibold">{kind}</strong> ·{" "}
              {message.fromStaff
                ? `${d.fromStaff}${message.author ? ` (${message.author})` : ""}`
                : d.fromSubmitter}{" "}
              · {formatDateTime(locale, message.createdAt)}
            </p>
            {isReason(message.reason) ? (
              <p className="mt-1">
                {t(locale, d.reason, {
                  reason: m.submissions.actions.rejectReasons[message.reason],
                })}
              </p>
            ) : null}
            {message.body ? (
              <p className="mt-1 break-words whitespace-pre-line">{message.body}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
