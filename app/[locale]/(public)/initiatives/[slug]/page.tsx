import type { Metadata } from "next";
import { NotFoundResponse, notFoundMetadata } from "@/components/layout/not-found-response";
import { InitiativeView } from "@/components/initiatives/initiative-view";
import { getSiteUrl } from "@/lib/env";
import { getPublishedInitiative, listRelatedInitiatives } from "@/lib/initiatives/queries";
import { isUiLocale } from "@/lib/i18n/locales";
import { alternatesFor } from "@/lib/i18n/metadata";
import { resolveLocale } from "@/lib/i18n/server";
import { SLUG_PATTERN } from "@/lib/text/slug";

type Props = PageProps<"/[locale]/initiatives/[slug]">;

// Rendered on first visit, then served from cache until the initiative changes.
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const initiative = SLUG_PATTERN.test(slug) ? await getPublishedInitiative(slug, locale) : null;
  return { locale, initiative };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, initiative } = await load(params);
  if (!initiative) return notFoundMetadata(locale);
  const withContent = initiative.availableLocales.filter(isUiLocale);
  return {
    title: initiative.name,
    description: initiative.summary,
    alternates: alternatesFor(locale, `/initiatives/${initiative.slug}`, withContent),
    openGraph: { type: "website", title: initiative.name, description: initiative.summary, locale },
  };
}

export default async function InitiativePage({ params }: Props) {
  const { locale, initiative } = await load(params);
  if (!initiative) return <NotFoundResponse locale={locale} />;
  const related = await listRelatedInitiatives(initiative.slug, locale);
  const pageUrl = `${getSiteUrl()}/${locale}/initiatives/${initiative.slug}`;
  return (
    <InitiativeView initiative={initiative} locale={locale} related={related} pageUrl={pageUrl} />
  );
}
