import type { Metadata } from "next";
import Link from "next/link";
import { InitiativeGrid } from "@/components/initiatives/initiative-grid";
import { CentralAsiaMap } from "@/components/map/central-asia-map";
import {
  listCountryCounts,
  listFeaturedInitiatives,
  listRecentInitiatives,
} from "@/lib/initiatives/queries";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { alternatesFor } from "@/lib/i18n/metadata";
import { resolveLocale } from "@/lib/i18n/server";
import { listCauses } from "@/lib/taxonomy/queries";

type Props = PageProps<"/[locale]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { alternates: alternatesFor(locale, "") };
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = getMessages(locale);
  const [featured, recent, countries, causes] = await Promise.all([
    listFeaturedInitiatives(locale, 6),
    listRecentInitiatives(locale, 6),
    listCountryCounts(locale),
    listCauses(locale),
  ]);

  return (
    <div className="space-y-16">
      <section className="bg-brand-50 rounded-2xl px-6 py-12 sm:px-10 dark:bg-slate-900">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">{t.home.title}</h1>
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
            maxLength={200}
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

      {featured.length ? (
        <section aria-labelledby="featured">
          <h2 id="featured" className="mb-4 text-2xl font-semibold">
            {t.home.featured}
          </h2>
          <InitiativeGrid initiatives={featured} locale={locale} />
        </section>
      ) : null}

      <section aria-labelledby="recent">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="recent" className="text-2xl font-semibold">
            {t.home.recent}
          </h2>
          <Link
            href={`/${locale}/initiatives`}
            className="text-brand-700 dark:text-brand-300 hover:underline"
          >
            {t.home.viewAll}
          </Link>
        </div>
        <InitiativeGrid initiatives={recent} locale={locale} />
      </section>

      <section
        aria-labelledby="by-country"
        className="grid gap-8 lg:grid-cols-[2fr_1fr] lg:items-center"
      >
        <div>
          <h2 id="by-country" className="mb-4 text-2xl font-semibold">
            {t.home.byCountry}
          </h2>
          <CentralAsiaMap
            countries={countries}
            hrefFor={(code) => `/${locale}/initiatives?country=${code}`}
            label={t.home.mapLabel}
            hideLabel
            countLabel={(count) => format(locale, t.listing.count, { count })}
          />
        </div>
        <ul className="grid grid-cols-2 gap-3 lg:grid-cols-1">
          {countries.map((country) => (
            <li key={country.key}>
              <Link
                href={`/${locale}/countries/${country.key.toLowerCase()}`}
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

      <section aria-labelledby="by-cause">
        <h2 id="by-cause" className="mb-4 text-2xl font-semibold">
          {t.home.byCause}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {causes
            .filter((cause) => cause.count > 0)
            .map((cause) => (
              <li key={cause.key}>
                <Link
                  href={`/${locale}/causes/${cause.key}`}
                  className="hover:border-brand-600 flex h-full flex-col rounded-xl border border-slate-200 p-4 dark:border-slate-800"
                >
                  <span className="font-medium">{cause.name}</span>
                  <span className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    {format(locale, t.listing.count, { count: cause.count })}
                  </span>
                </Link>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
