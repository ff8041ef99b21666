import type { Metadata } from "next";
import { InitiativeCard } from "@/components/initiatives/initiative-card";
import { listPublishedInitiatives } from "@/lib/initiatives/queries";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/initiatives">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: getMessages(locale).listing.title };
}

export default async function InitiativesPage({ params }: PageProps<"/[locale]/initiatives">) {
  const locale = await resolveLocale(params);
  const t = getMessages(locale);
  const initiatives = await listPublishedInitiatives(locale);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t.listing.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400" aria-live="polite">
        {format(locale, t.listing.count, { count: initiatives.length })}
      </p>
      {initiatives.length === 0 ? (
        <p className="mt-8">{t.listing.empty}</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {initiatives.map((initiative) => (
            <li key={initiative.slug} className="relative">
              <InitiativeCard initiative={initiative} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
