import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundResponse, notFoundMetadata } from "@/components/layout/not-found-response";
import { InitiativeGrid } from "@/components/initiatives/initiative-grid";
import { listInitiativesIn } from "@/lib/initiatives/queries";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { alternatesFor } from "@/lib/i18n/metadata";
import { resolveLocale } from "@/lib/i18n/server";
import { getCause } from "@/lib/taxonomy/queries";

type Props = PageProps<"/[locale]/causes/[slug]">;

// Rendered on first visit, then served from cache until the directory changes.
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const cause = /^[a-z0-9-]{1,80}$/.test(slug) ? await getCause(slug, locale) : null;
  return { locale, cause };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, cause } = await load(params);
  if (!cause) return notFoundMetadata(locale);
  return {
    title: cause.name,
    description: cause.description,
    alternates: alternatesFor(locale, `/causes/${cause.key}`),
  };
}

export default async function CausePage({ params }: Props) {
  const { locale, cause } = await load(params);
  if (!cause) return <NotFoundResponse locale={locale} />;
  const t = getMessages(locale);
  const initiatives = await listInitiativesIn({ cause: cause.key }, locale, 24);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{cause.name}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          {cause.description}
        </p>
        {cause.sdgs.length > 0 ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {t.cause.sdgs}:{" "}
            {cause.sdgs.map((n) => format(locale, t.cause.sdg, { number: n })).join(", ")}
          </p>
        ) : null}
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {format(locale, t.listing.count, { count: cause.count })}
        </p>
      </header>
      {initiatives.length > 0 ? (
        <InitiativeGrid initiatives={initiatives} locale={locale} headingLevel={2} />
      ) : (
        <p>{t.listing.empty}</p>
      )}
      <Link
        href={`/${locale}/initiatives?cause=${cause.key}`}
        className="text-brand-700 dark:text-brand-300 inline-block underline"
      >
        {t.cause.viewListing}
      </Link>
    </div>
  );
}
