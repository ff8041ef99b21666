import Link from "next/link";
import type { ReactNode } from "react";
import { InitiativeStateBadge } from "@/components/admin/initiative-state-badge";
import type { AdminLocale, AdminMessages } from "@/lib/admin-i18n";
import { formatDateTime, t } from "@/lib/admin-i18n";
import type { SubmissionDetailDto } from "@/lib/submissions/admin-queries";

export function SideCard({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Contact data: staff eyes only (the page is behind submission.moderate). */
export function ContactCard({
  detail,
  locale,
  m,
}: {
  detail: SubmissionDetailDto;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const d = m.submissions.detail;
  if (detail.erasedAt) {
    return (
      <SideCard id="contact-heading" title={d.contact}>
        <p className="text-sm">
          {t(locale, d.erased, { date: formatDateTime(locale, detail.erasedAt) })}
        </p>
      </SideCard>
    );
  }
  const rows: [string, ReactNode][] = [
    [d.contactName, detail.contact.name ?? d.none],
    [
      d.contactEmail,
      detail.contact.email ? (
        <a href={`mailto:${detail.contact.email}`} className="underline">
          {detail.contact.email}
        </a>
      ) : (
        d.none
      ),
    ],
    [d.contactTelegram, detail.contact.telegram ? `@${detail.contact.telegram}` : d.none],
    [d.consentAt, detail.consentAt ? formatDateTime(locale, detail.consentAt) : d.none],
  ];
  return (
    <SideCard id="contact-heading" title={d.contact}>
      <dl className="space-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="flex flex-wrap gap-x-2">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{label}:</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </SideCard>
  );
}

export function DuplicatesCard({ detail, m }: { detail: SubmissionDetailDto; m: AdminMessages }) {
  const d = m.submissions.detail;
  return (
    <SideCard id="duplicates-heading" title={d.duplicates}>
      {detail.duplicateConfirmed ? <p className="text-sm">{d.duplicateConfirmed}</p> : null}
      {detail.duplicates.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{d.duplicatesNone}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {detail.duplicates.map((candidate) => (
            <li key={`${candidate.kind}:${candidate.id}`}>
              <span className="mr-1 text-xs text-slate-500">{d.kinds[candidate.kind]}</span>
              <Link
                href={
                  candidate.kind === "initiative"
                    ? `/admin/initiatives/${candidate.id}`
                    : `/admin/submissions/${candidate.id}`
                }
                className="text-brand-700 dark:text-brand-300 underline"
              >
                {candidate.name}
              </Link>{" "}
              {candidate.state ? (
                <InitiativeStateBadge state={candidate.state} label={m.states[candidate.state]} />
              ) : null}
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {candidate.reasons.map((reason) => d.reasons[reason]).join(", ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </SideCard>
  );
}

export function LinkedInitiativeCard({
  detail,
  locale,
  m,
}: {
  detail: SubmissionDetailDto;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const d = m.submissions.detail;
  if (!detail.initiative && !detail.decided) return null;
  return (
    <SideCard id="linked-heading" title={d.linked}>
      {detail.initiative ? (
        <p className="text-sm">
          <Link
            href={`/admin/initiatives/${detail.initiative.id}`}
            className="text-brand-700 dark:text-brand-300 underline"
          >
            {detail.initiative.name}
          </Link>{" "}
          <InitiativeStateBadge
            state={detail.initiative.state}
            label={m.states[detail.initiative.state]}
          />
          <span className="block text-xs text-slate-500">{detail.initiative.slug}</span>
        </p>
      ) : null}
      {detail.decided ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t(locale, d.decided, {
            email: detail.decided.email ?? m.common.system,
            date: formatDateTime(locale, detail.decided.at),
          })}
        </p>
      ) : null}
    </SideCard>
  );
}
