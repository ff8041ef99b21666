import { notFound } from "next/navigation";
import { DEFAULT_LOCALE, isUiLocale } from "@/lib/i18n/locales";
import { OG_CONTENT_TYPE, OG_SIZE, renderSiteOgCard, siteOgAlt } from "@/lib/og/render-card";

type Params = { locale: string };

// generateImageMetadata rather than a static `alt` export, so the alt text is in the page's
// language; the image is then served at /[locale]/opengraph-image/site.
export function generateImageMetadata({ params }: { params: Params }) {
  const locale = isUiLocale(params.locale) ? params.locale : DEFAULT_LOCALE;
  return [{ id: "site", alt: siteOgAlt(locale), size: OG_SIZE, contentType: OG_CONTENT_TYPE }];
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const { locale } = await params;
  if (!isUiLocale(locale)) notFound();
  return renderSiteOgCard(locale);
}
