import Link from "next/link";
import { AttachForm } from "@/components/admin/imports/attach-form";
import { DismissForm } from "@/components/admin/imports/dismiss-form";
import { inputClass } from "@/components/admin/form-field";
import { formatDay, t, type AdminLocale, type AdminMessages } from "@/lib/admin-i18n";
import type { CandidateRow, InitiativeRef } from "@/lib/imports/queries";
import { listHref, type CandidateQuery } from "@/lib/imports/schemas";

const STATUS_TONE: Record<CandidateRow["status"], string> = {
  NEW: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  ATTACHED: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  DRAFTED: "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  DISMISSED: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

function Hint({ label, values, none }: { label: string; values: string[]; none: string }) {
  return (
    <div className="flex flex-wrap items-baseline gap-1.5">
      <dt className="font-medium">{label}:</dt>
      {values.length ? (
        values.map((value) => (
          <dd key={value} className="rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
            {value}
          </dd>
        ))
      ) : (
        <dd className="text-slate-600 dark:text-slate-400">{none}</dd>
      )}
    </div>
  );
}

/** One candidate: the story, its hints and, while it is new, what staff can do with it. */
export function CandidateCard({
  candidate: c,
  query,
  found,
  locale,
  m,
}: {
  candidate: CandidateRow;
  query: CandidateQuery;
  /** Search results for this candidate's attach form, when it asked for them. */
  found: InitiativeRef[] | null;
  locale: AdminLocale;
  m: AdminMessages;
}) {
  const copy = m.imports.candidates;
  const headingId = `c-${c.id}-title`;
  const back = listHref(query, query.page);
  return (
    <article
      id={`c-${c.id}`}
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {c.title}
        </h3>
        <span className={`rounded px-2 py-0.5 text-sm ${STATUS_TONE[c.status]}`}>
          {copy.statuses[c.status]}
        </span>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {[c.publisher, c.publishedAt ? formatDay(locale, c.publishedAt) : copy.undated, c.locale]
          .filter(Boolean)
          .join(" · ")}
        {c.url ? (
          <>
            {" · "}
            <a
              href={c.url}
              target="_blank"
              rel="noopener noreferrer"
              className="text-brand-700 dark:text-brand-300 underline"
            >
              {copy.openArticle}
            </a>
          </>
        ) : null}
      </p>
      {c.excerpt ? <p className="text-sm whitespace-pre-line">{c.excerpt}</p> : null}
      <dl className="space-y-1 text-sm" aria-label={copy.hints}>
        <Hint label={copy.names} values={c.names} none={copy.noHints} />
        <Hint label={copy.countries} values={c.countries.map((x) => x.name)} none={copy.noHints} />
        <Hint label={copy.causes} values={c.causes.map((x) => x.name)} none={copy.noHints} />
      </dl>
      {c.status === "NEW" ? (
        <div className="space-y-4 border-t border-slate-200 pt-4 dark:border-slate-800">
          <section aria-labelledby={`c-${c.id}-attach`} className="space-y-2">
            <h4 id={`c-${c.id}-attach`} className="text-sm font-semibold">
              {m.imports.attach.title}
            </h4>
            <AttachForm
              candidateId={c.id}
              suggested={c.suggested}
              found={found}
              query={query.pick === c.id ? (query.q ?? null) : null}
              back={back}
            />
            <form
              method="get"
              action={`/admin/imports/candidates#c-${c.id}`}
              role="search"
              className="flex flex-wrap items-end gap-2"
            >
              <input type="hidden" name="status" value={query.status} />
              {query.run ? <input type="hidden" name="run" value={query.run} /> : null}
              {query.page > 1 ? <input type="hidden" name="page" value={query.page} /> : null}
              <input type="hidden" name="pick" value={c.id} />
              <label className="text-sm">
                <span className="mb-1 block">{m.imports.attach.search}</span>
                <input
                  name="q"
                  type="search"
                  defaultValue={query.pick === c.id ? (query.q ?? "") : ""}
                  className={`${inputClass} w-64`}
                />
              </label>
              <button
                type="submit"
                className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium dark:border-slate-700"
              >
                {m.imports.attach.searchSubmit}
              </button>
            </form>
            {found && found.length === 0 && query.q ? (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t(locale, m.imports.attach.noneFound, { query: query.q })}
              </p>
            ) : null}
          </section>
          <div className="flex flex-wrap items-start gap-3">
            <Link
              href={`/admin/imports/candidates/${c.id}/draft`}
              className="bg-brand-700 hover:bg-brand-800 rounded-lg px-4 py-2 font-medium text-white"
            >
              {m.imports.draft.link}
            </Link>
            <DismissForm candidateId={c.id} back={back} />
          </div>
        </div>
      ) : c.initiative ? (
        <p className="text-sm">
          <Link
            href={`/admin/initiatives/${c.initiative.id}`}
            className="text-brand-700 dark:text-brand-300 underline"
          >
            {t(locale, copy.openEntry, { name: c.initiative.name })}
          </Link>
        </p>
      ) : c.status !== "DISMISSED" ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{copy.deletedEntry}</p>
      ) : null}
    </article>
  );
}
