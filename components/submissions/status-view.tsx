import Link from "next/link";
import { rejectReasonText } from "@/lib/email/submitter-templates";
import { isRejectReason } from "@/lib/submissions/moderation-schemas";
import { format, formatDate } from "@/lib/i18n/format";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type {
  SubmissionStatusDto,
  SubmissionTaxonomyOptions,
} from "@/lib/submissions/public-queries";
import { StatusLink } from "./status-link";
import { SubmissionEditForm } from "./submission-edit-form";

const STATE_STYLE: Record<SubmissionStatusDto["status"], string> = {
  NEW: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50",
  APPROVED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50",
  MERGED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50",
  REJECTED: "bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100",
  SPAM: "bg-slate-200 text-slate-900 dark:bg-slate-800 dark:text-slate-100",
};

/** The stored proposal as the edit form's values. */
function formValues(submission: SubmissionStatusDto): Record<string, unknown> {
  const { data } = submission;
  return {
    ...data,
    foundedYear: data.foundedYear === null ? "" : String(data.foundedYear),
    atRisk: submission.atRisk,
  };
}

function labelsOf(options: { value: string; label: string }[], values: string[]): string {
  return values.map((value) => options.find((o) => o.value === value)?.label ?? value).join(", ");
}

export function StatusView({
  locale,
  messages,
  submission,
  token,
  statusUrl,
  options,
  notice,
}: {
  locale: UiLocale;
  messages: Messages;
  submission: SubmissionStatusDto;
  token: string;
  statusUrl: string;
  options: SubmissionTaxonomyOptions;
  notice: "sent" | "saved" | null;
}) {
  const t = messages.submit;
  const s = t.status;
  const { data } = submission;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">{s.title}</h1>

      {notice ? (
        <div
          role="status"
          className="rounded-xl border-2 border-emerald-600 bg-emerald-50 p-4 font-semibold text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50"
        >
          {notice === "sent" ? s.sent : s.saved}
        </div>
      ) : null}

      <section
        className={`space-y-3 rounded-xl border p-4 sm:p-6 ${notice === "sent" ? "border-brand-600 bg-brand-50 dark:border-brand-300 dark:bg-slate-900" : "border-slate-200 dark:border-slate-800"}`}
      >
        <p className="font-medium">{s.keepLink}</p>
        <StatusLink url={statusUrl} label={s.linkLabel} copyLabel={s.copy} copiedLabel={s.copied} />
      </section>

      <section aria-labelledby="status-heading" className="space-y-2">
        <h2 id="status-heading" className="text-xl font-semibold">
          {s.status}
        </h2>
        <p>
          <span
            className={`inline-block rounded-full px-3 py-1 font-semibold ${STATE_STYLE[submission.status]}`}
          >
            {s.states[submission.status]}
          </span>
        </p>
        <p>{s.stateHelp[submission.status]}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {format(locale, s.sentOn, { date: formatDate(locale, submission.createdAt) })}
          {" · "}
          {format(locale, s.updatedOn, { date: formatDate(locale, submission.updatedAt) })}
        </p>
        {submission.initiativeSlug ? (
          <p>
            <Link
              href={`/${locale}/initiatives/${submission.initiativeSlug}`}
              className="text-brand-700 dark:text-brand-300 font-medium underline"
            >
              {s.view}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="messages-heading" className="space-y-3">
        <h2 id="messages-heading" className="text-xl font-semibold">
          {s.messages}
        </h2>
        {submission.messages.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">{s.noMessages}</p>
        ) : (
          <ol className="space-y-3">
            {submission.messages.map((message) => (
              <li
                key={message.id}
                className={`rounded-xl border p-4 ${message.fromStaff ? "border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950" : "border-slate-200 dark:border-slate-800"}`}
              >
                <p className="text-sm font-semibold">
                  {message.fromStaff ? s.fromStaff : s.fromYou}
                  <span className="font-normal text-slate-600 dark:text-slate-400">
                    {" · "}
                    {formatDate(locale, message.createdAt)}
                  </span>
                </p>
                {isRejectReason(message.reason) ? (
                  <p className="mt-1 font-medium">{rejectReasonText(locale, message.reason)}</p>
                ) : null}
                {message.body ? <p className="mt-1 whitespace-pre-line">{message.body}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {submission.editable ? (
        <SubmissionEditForm
          locale={locale}
          token={token}
          t={t}
          linkLabels={messages.links}
          options={options}
          initial={formValues(submission)}
          open={submission.status === "CHANGES_REQUESTED"}
        />
      ) : null}

      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-xl font-semibold">
          {s.yourData}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t.fields.name}</dt>
          <dd>
            {data.name}
            {data.altName ? ` (${data.altName})` : ""}
          </dd>
          <dt className="font-medium">{t.fields.summary}</dt>
          <dd className="whitespace-pre-line">{data.summary}</dd>
          <dt className="font-medium">{t.fields.countries}</dt>
          <dd>{labelsOf(options.countries, data.countries) || s.none}</dd>
          <dt className="font-medium">{t.fields.causes}</dt>
          <dd>{labelsOf(options.causes, data.causes) || s.none}</dd>
          {submission.logo ? (
            <>
              <dt className="font-medium">{t.fields.logo}</dt>
              <dd>
                {/* eslint-disable-next-line @next/next/no-img-element -- a stored WebP variant */}
                <img
                  src={submission.logo}
                  alt=""
                  width={64}
                  height={64}
                  className="size-16 rounded-lg border border-slate-200 object-contain dark:border-slate-800"
                />
              </dd>
            </>
          ) : null}
          <dt className="font-medium">{t.sections.links}</dt>
          <dd>
            {data.links.length === 0 ? (
              s.none
            ) : (
              <ul>
                {data.links.map((link) => (
                  <li key={`${link.type}-${link.value}`} className="break-all">
                    {messages.links[link.type]}: {link.value}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
    </div>
  );
}
