import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundResponse, notFoundMetadata } from "@/components/layout/not-found-response";
import { InitiativeGrid } from "@/components/initiatives/initiative-grid";
import { listInitiativesIn } from "@/lib/initiatives/queries";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { alternatesFor } from "@/lib/i18n/metadata";
import { resolveLocale } from "@/lib/i18n/server";
import { getCountry } from "@/lib/taxonomy/queries";

type Props = PageProps<"/[locale]/countries/[iso2]">;

// Rendered on first visit, then served from cache until the directory changes.
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const locale = await resolveLocale(params);
  const { iso2 } = await params;
  const country = /^[A-Za-z]{2}$/.test(iso2) ? await getCountry(iso2.toUpperCase(), locale) : null;
  return { locale, country };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, country } = await load(params);
  if (!country) return notFoundMetadata(locale);
  const t = getMessages(locale);
  return {
    title: format(locale, t.country.title, { name: country.name }),
    description: country.description,
    alternates: alternatesFor(locale, `/countries/${country.key.toLowerCase()}`),
  };
}

export default async function CountryPage({ params }: Props) {
  const { locale, country } = await load(params);
  if (!country) return <NotFoundResponse locale={locale} />;
  const t = getMessages(locale);
  const initiatives = await listInitiativesIn({ country: country.key }, locale, 24);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">
          {format(locale, t.country.title, { name: country.name })}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          {country.description}
        </p>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {format(locale, t.listing.count, { count: country.count })}
        </p>
      </header>
      {initiatives.length > 0 ? (
        <InitiativeGrid initiatives={initiatives} locale={locale} headingLevel={2} />
      ) : (
        <p>{t.listing.empty}</p>
      )}
      <Link
        href={`/${locale}/initiatives?country=${country.key}`}
        className="text-brand-700 dark:text-brand-300 inline-block underline"
      >
        {format(locale, t.country.viewListing, { name: country.name })}
      </Link>
    </div>
  );
}
