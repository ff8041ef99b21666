import type { Metadata } from "next";
import { SnippetGenerator } from "@/components/embed/snippet-generator";
import { LICENCE_NAME, LICENCE_URL } from "@/lib/api/licence";
import { parseSnippetForm } from "@/lib/embed/schemas";
import { getEnv, getSiteUrl } from "@/lib/env";
import { format } from "@/lib/i18n/format";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { alternatesFor } from "@/lib/i18n/metadata";
import { resolveLocale } from "@/lib/i18n/server";
import { listCountryCounts } from "@/lib/initiatives/queries";
import { listCauses } from "@/lib/taxonomy/queries";

type Props = PageProps<"/[locale]/open-data">;

/**
 * Reads no search parameters, so it is prerendered and served from the full-route cache; the
 * snippet generator's GET form answers at /{locale}/open-data/widget.
 */
export function generateStaticParams() {
  return UI_LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getMessages(locale);
  return {
    title: t.openData.title,
    description: t.openData.description,
    alternates: alternatesFor(locale, "/open-data"),
  };
}

const link = "text-brand-700 dark:text-brand-300 underline";
const h2 = "pt-4 text-xl font-semibold";

/** Open data: the API, the dump, the feeds and the widget's snippet generator. */
export default async function OpenDataPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = getMessages(locale);
  const o = t.openData;
  const site = getSiteUrl();
  const form = parseSnippetForm({}, locale);
  const [countries, causes] = await Promise.all([listCountryCounts(locale), listCauses(locale)]);
  const examples = [
    `curl '${site}/api/v1/initiatives?country=KZ&cause=gender-equality&locale=${locale}'`,
    `curl '${site}/api/v1/initiatives?q=bulbul&per_page=50'`,
    `curl '${site}/api/v1/initiatives/kun-jarygy?locale=${locale}'`,
    `curl '${site}/api/v1/countries?locale=${locale}'`,
    `curl -OJ '${site}/api/v1/dump.json'`,
  ];
  return (
    <article className="max-w-3xl space-y-5 leading-7">
      <h1 className="text-3xl font-bold tracking-tight">{o.title}</h1>
      <p className="text-lg">{o.lead}</p>
      <p>
        {format(locale, o.licence, { licence: LICENCE_NAME })}{" "}
        <a href={LICENCE_URL} className={link} rel="license noopener">
          {LICENCE_URL}
        </a>
      </p>
      <p className="text-slate-700 dark:text-slate-300">{o.sensitive}</p>

      <h2 className={h2}>{o.apiTitle}</h2>
      <p>{o.apiBody}</p>
      <p>{format(locale, o.apiLimits, { limit: getEnv().API_RATE_LIMIT_PER_MINUTE })}</p>
      <p>
        <a href="/api/v1/openapi.json" className={link} type="application/json">
          {o.openapi}
        </a>{" "}
        (<code>/api/v1/openapi.json</code>)
      </p>
      <h3 className="font-semibold">{o.examples}</h3>
      <pre className="overflow-x-auto rounded-lg bg-slate-100 p-4 text-xs leading-6 dark:bg-slate-900">
        <code>{examples.join("\n")}</code>
      </pre>

      <h2 className={h2}>{o.dumpTitle}</h2>
      <p>{o.dumpBody}</p>
      <p>
        <a href="/api/v1/dump.json" className={link} download>
          {o.dumpLink}
        </a>{" "}
        (<code>/api/v1/dump.json</code>)
      </p>

      <h2 className={h2}>{o.feedsTitle}</h2>
      <p>{o.feedsBody}</p>
      <ul className="list-disc pl-5">
        {UI_LOCALES.map((l) => (
          <li key={l}>
            <a href={`/${l}/feed.xml`} className={link} type="application/atom+xml" hrefLang={l}>
              {t.footer.feed} ({t.languages[l]})
            </a>
          </li>
        ))}
        <li>
          <a href="/sitemap.xml" className={link}>
            {t.footer.sitemap}
          </a>
        </li>
      </ul>

      <h2 id="widget" className={`${h2} scroll-mt-4`}>
        {o.widgetTitle}
      </h2>
      <p>{o.widgetBody}</p>
      <SnippetGenerator
        locale={locale}
        site={site}
        form={form}
        countries={countries.map((c) => ({ value: c.key, label: c.name }))}
        causes={causes.map((c) => ({ value: c.key, label: c.name }))}
      />
    </article>
  );
}
