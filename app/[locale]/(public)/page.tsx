import Link from "next/link";
import { InitiativeCard } from "@/components/initiatives/initiative-card";
import { listCountryCounts, listRecentInitiatives } from "@/lib/initiatives/queries";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await resolveLocale(params);
  const t = getMessages(locale);
  const [recent, countries] = await Promise.all([
    listRecentInitiatives(locale, 6),
    listCountryCounts(locale),
  ]);

  return (
    <div className="space-y-14">
      <section className="bg-brand-50 rounded-2xl px-6 py-12 sm:px-10 dark:bg-slate-900">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-4xl">{t.home.title}</h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{t.home.lead}</p>
        <form
          action={`/${locale}/initiatives`}
          method="get"
          role="search"
          className="mt-8 flex max-w-xl gap-2"
        >
          <label htmlFor="home-search" className="sr-only">
            {t.home.searchLabel}
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder={t.home.searchPlaceholder}
            className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-4 py-3 dark:border-slate-700 dark:bg-slate-950"
          />
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 rounded-lg px-5 py-3 font-medium text-white"
          >
            {t.home.searchButton}
          </button>
        </form>
      </section>

      <section aria-labelledby="by-country">
        <h2 id="by-country" className="text-xl font-semibold">
          {t.home.byCountry}
        </h2>
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {countries.map((country) => (
            <li key={country.key}>
              <Link
                href={`/${locale}/initiatives?country=${country.key}`}
                className="hover:border-brand-600 flex items-baseline justify-between rounded-lg border border-slate-200 px-4 py-3 dark:border-slate-800"
              >
                <span>{country.name}</span>
                <span className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
                  {country.count}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="recent">
        <div className="flex items-baseline justify-between">
          <h2 id="recent" className="text-xl font-semibold">
            {t.home.recent}
          </h2>
          <Link
            href={`/${locale}/initiatives`}
            className="text-brand-700 dark:text-brand-300 text-sm hover:underline"
          >
            {t.home.viewAll}
          </Link>
        </div>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {recent.map((initiative) => (
            <li key={initiative.slug} className="relative">
              <InitiativeCard initiative={initiative} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
