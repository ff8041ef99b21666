import Link from "next/link";
import type { ReactNode } from "react";
import { ContactLinks } from "@/components/initiatives/contact-links";
import { InitiativeGrid } from "@/components/initiatives/initiative-grid";
import { QuickExit } from "@/components/initiatives/quick-exit";
import { Markdown } from "@/components/ui/markdown";
import type { InitiativeCardDto, InitiativeDetailDto } from "@/lib/initiatives/queries";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { initiativeJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

interface Props {
  initiative: InitiativeDetailDto;
  locale: UiLocale;
  related: InitiativeCardDto[];
  pageUrl: string;
  /** Shown above the page (the preview banner); previews carry no JSON-LD. */
  banner?: ReactNode;
}

/** The public initiative page; previews of drafts render exactly the same view. */
export function InitiativeView({ initiative, locale, related, pageUrl, banner }: Props) {
  const t = getMessages(locale);
  const contentLang = initiative.isFallback ? initiative.contentLocale : undefined;

  const facts: [string, string][] = [
    [t.initiative.countries, initiative.countries.map((c) => c.name).join(", ")],
    [t.initiative.causes, initiative.causes.map((c) => c.name).join(", ")],
    [t.initiative.type, initiative.orgType?.name ?? ""],
    [t.initiative.founded, initiative.foundedYear ? String(initiative.foundedYear) : ""],
    [t.initiative.status, t.activity[initiative.activityStatus]],
    [
      t.initiative.lastVerified,
      initiative.lastVerifiedAt ? formatDate(locale, initiative.lastVerifiedAt) : "",
    ],
    [t.initiative.availableIn, initiative.availableLocales.map((l) => t.languages[l]).join(", ")],
  ];
  const hasContent = new Set<string>(initiative.availableLocales);

  return (
    <>
      {banner}
      {banner ? null : (
        <script
          type="application/ld+json"
          // JSON-LD must be raw JSON; serializeJsonLd escapes "<" so the text cannot end the script.
          dangerouslySetInnerHTML={{
            __html: serializeJsonLd(initiativeJsonLd(initiative, pageUrl)),
          }}
        />
      )}
      {initiative.sensitive ? (
        <QuickExit label={t.initiative.quickExit} hint={t.initiative.quickExitHint} />
      ) : null}
      <article className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-8">
          <header>
            <h1 className="text-3xl font-bold tracking-tight sm:text-4xl" lang={contentLang}>
              {initiative.name}
            </h1>
            <p className="mt-3 text-lg text-slate-700 dark:text-slate-300" lang={contentLang}>
              {initiative.summary}
            </p>
            {initiative.city ? (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                {[initiative.city, initiative.region].filter(Boolean).join(", ")}
              </p>
            ) : null}
          </header>

          {initiative.isFallback ? (
            <p
              role="note"
              className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              {format(locale, t.initiative.fallback, {
                language: t.languages[initiative.contentLocale],
              })}
            </p>
          ) : null}
          {initiative.sensitive ? (
            <p
              role="note"
              className="rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 text-sm dark:border-slate-700 dark:bg-slate-900"
            >
              {t.initiative.sensitiveNote}
            </p>
          ) : null}

          {initiative.links.length > 0 ? (
            <section aria-labelledby="contacts">
              <h2 id="contacts" className="mb-3 text-lg font-semibold">
                {t.initiative.contacts}
              </h2>
              <ContactLinks links={initiative.links} messages={t} />
            </section>
          ) : null}

          <section aria-labelledby="about">
            <h2 id="about" className="mb-3 text-lg font-semibold">
              {t.initiative.about}
            </h2>
            <Markdown lang={contentLang}>{initiative.description}</Markdown>
          </section>

          {initiative.impacts.length > 0 ? (
            <section aria-labelledby="impact">
              <h2 id="impact" className="mb-3 text-lg font-semibold">
                {t.initiative.impact}
              </h2>
              <dl className="grid gap-4 sm:grid-cols-2">
                {initiative.impacts.map((impact) => (
                  <div key={impact.label} className="bg-brand-50 rounded-xl p-4 dark:bg-slate-900">
                    <dt className="text-sm text-slate-700 dark:text-slate-300">
                      {impact.label}
                      {impact.year ? ` (${impact.year})` : ""}
                    </dt>
                    <dd className="mt-1 text-2xl font-semibold tabular-nums">
                      {formatNumber(locale, impact.value)} {impact.unit}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}

          {initiative.sources.length > 0 ? (
            <section aria-labelledby="sources">
              <h2 id="sources" className="mb-3 text-lg font-semibold">
                {t.initiative.sources}
              </h2>
              <ul className="space-y-2 text-sm">
                {initiative.sources.map((source) => (
                  <li key={source.title}>
                    {source.url ? (
                      <a
                        href={source.url}
                        rel="noopener noreferrer"
                        className="text-brand-700 dark:text-brand-300 underline"
                      >
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                    {source.publisher ? ` — ${source.publisher}` : ""}
                    {source.publishedAt ? `, ${formatDate(locale, source.publishedAt)}` : ""}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <aside className="space-y-8">
          <nav aria-labelledby="read-in" className="text-sm">
            <h2 id="read-in" className="mb-2 font-semibold">
              {t.initiative.languagesTitle}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {UI_LOCALES.map((l) => (
                <li key={l}>
                  {l === locale ? (
                    <span
                      aria-current="page"
                      className="rounded bg-slate-900 px-2 py-1 text-white dark:bg-slate-100 dark:text-slate-900"
                    >
                      {t.languages[l]}
                    </span>
                  ) : (
                    <Link
                      href={`/${l}/initiatives/${initiative.slug}`}
                      hrefLang={l}
                      className="rounded px-2 py-1 underline"
                    >
                      {t.languages[l]}
                    </Link>
                  )}
                  {hasContent.has(l) ? null : (
                    <span className="ml-1 text-slate-600 dark:text-slate-400">
                      ({t.initiative.notInLanguage})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          <dl className="space-y-3 rounded-xl border border-slate-200 p-5 text-sm dark:border-slate-800">
            {facts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label}>
                  <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
                  <dd className="font-medium">{value}</dd>
                </div>
              ))}
          </dl>
          {initiative.people.length > 0 ? (
            <section aria-labelledby="people">
              <h2 id="people" className="mb-2 font-semibold">
                {t.initiative.people}
              </h2>
              <ul className="space-y-1 text-sm">
                {initiative.people.map((person) => (
                  <li key={person.name}>
                    {person.name}
                    {person.role ? (
                      <span className="text-slate-600 dark:text-slate-400"> — {person.role}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {initiative.funders.length > 0 ? (
            <section aria-labelledby="supporters">
              <h2 id="supporters" className="mb-2 font-semibold">
                {t.initiative.supporters}
              </h2>
              <ul className="space-y-1 text-sm">
                {initiative.funders.map((funder) => (
                  <li key={funder.name + funder.programme}>
                    {funder.name}
                    {funder.programme ? (
                      <span className="text-slate-600 dark:text-slate-400">
                        {" "}
                        — {funder.programme}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="related" className="mt-14">
          <h2 id="related" className="mb-4 text-xl font-semibold">
            {t.initiative.related}
          </h2>
          <InitiativeGrid initiatives={related} locale={locale} />
        </section>
      ) : null}
    </>
  );
}
