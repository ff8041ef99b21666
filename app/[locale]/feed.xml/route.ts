import { getSiteUrl } from "@/lib/env";
import { listFeedEntries } from "@/lib/initiatives/feed-queries";
import { isUiLocale, UI_LOCALES } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { renderAtom } from "@/lib/seo/atom";

export function generateStaticParams() {
  return UI_LOCALES.map((locale) => ({ locale }));
}

/** Atom feed of recently published initiatives, per interface language. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const { locale } = await params;
  if (!isUiLocale(locale)) return new Response("Not found", { status: 404 });
  const site = getSiteUrl();
  const entries = await listFeedEntries(locale, 50);
  const xml = renderAtom({
    id: `${site}/${locale}/feed.xml`,
    title: getMessages(locale).feed.title,
    selfUrl: `${site}/${locale}/feed.xml`,
    siteUrl: `${site}/${locale}`,
    lang: locale,
    updated: entries.reduce(
      (latest, e) => (e.updatedAt > latest ? e.updatedAt : latest),
      "1970-01-01T00:00:00.000Z",
    ),
    author: "Civic Atlas",
    entries: entries.map((entry) => {
      const url = `${site}/${locale}/initiatives/${entry.slug}`;
      return {
        id: url,
        url,
        title: entry.name,
        summary: entry.summary,
        lang: entry.contentLocale,
        published: entry.publishedAt,
        updated: entry.updatedAt,
        categories: entry.categories,
      };
    }),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
