import type { ReactNode } from "react";
import type { AdminMessages } from "@/lib/admin-i18n";
import type { SubmissionDetailDto } from "@/lib/submissions/admin-queries";

/** The proposed initiative as submitted (current version). */
export function SubmissionData({ detail, m }: { detail: SubmissionDetailDto; m: AdminMessages }) {
  const d = m.submissions.detail;
  const { data, labels } = detail;
  const none = <span className="text-slate-500">{d.none}</span>;
  const rows: [string, ReactNode][] = [
    [d.fields.name, data.name],
    [d.fields.altName, data.altName || none],
    [
      d.fields.summary,
      <p key="s" className="whitespace-pre-line">
        {data.summary}
      </p>,
    ],
    [
      d.fields.description,
      data.description ? (
        <p key="d" className="whitespace-pre-line">
          {data.description}
        </p>
      ) : (
        none
      ),
    ],
    [d.fields.countries, labels.countries.join(", ") || none],
    [d.fields.city, data.city || none],
    [d.fields.causes, labels.causes.join(", ") || none],
    [d.fields.orgType, labels.orgType || none],
    [
      d.fields.links,
      data.links.length ? (
        <ul key="l" className="space-y-1">
          {data.links.map((link) => (
            <li key={`${link.type} ${link.value}`} className="break-all">
              <span className="mr-2 text-xs text-slate-500">{link.type}</span>
              <a
                href={link.value}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="text-brand-700 dark:text-brand-300 underline"
              >
                {link.value}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        none
      ),
    ],
    [d.fields.foundedYear, data.foundedYear ?? none],
    [
      d.fields.logo,
      detail.logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a stored variant, already resized
        <img key="i" src={detail.logo} alt="" className="size-20 rounded border object-contain" />
      ) : (
        none
      ),
    ],
  ];
  return (
    <dl className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
      {rows.map(([label, value]) => (
        <div key={label} className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
