import { notFound } from "next/navigation";
import { getPublishedInitiative } from "@/lib/initiatives/queries";
import { DEFAULT_LOCALE, isUiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import {
  OG_CONTENT_TYPE,
  OG_SIZE,
  renderOgCard,
  renderSiteOgCard,
  siteOgAlt,
} from "@/lib/og/render-card";

type Params = { locale: string; slug: string };

// Per-language alt text needs generateImageMetadata; the image is then served at
// /[locale]/initiatives/[slug]/opengraph-image-<hash>/card.
export async function generateImageMetadata({ params }: { params: Params }) {
  const locale = isUiLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  const initiative = await getPublishedInitiative(params.slug, locale);
  const alt = initiative
    ? `${initiative.name} — ${getMessages(locale).meta.siteName}`
    : siteOgAlt(locale);
  return [{ id: "card", alt, size: OG_SIZE, contentType: OG_CONTENT_TYPE }];
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const { locale, slug } = await params;
  if (!isUiLocale(locale)) notFound();
  const initiative = await getPublishedInitiative(slug, locale);
  // Unknown or unpublished, like the page: the site card instead of an empty body, and a 404 so
  // nothing keeps it as this initiative's image.
  if (!initiative) return renderSiteOgCard(locale, 404);
  return renderOgCard({
    title: initiative.name,
    subtitle: initiative.summary,
    locale,
    badge: initiative.countries.map((country) => country.name).join(" · "),
  });
}
