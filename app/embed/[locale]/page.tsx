import type { Metadata } from "next";
import { EmbedList } from "@/components/embed/embed-list";
import { parseEmbedQuery } from "@/lib/embed/schemas";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";
import { searchInitiatives } from "@/lib/search/queries";

type Props = PageProps<"/embed/[locale]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getMessages(await resolveLocale(params));
  return { title: `${t.embed.titleAll} · ${t.meta.siteName}` };
}

/** The embeddable widget: a country's or a cause's initiatives, for partners' pages. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { query, theme, limit } = parseEmbedQuery(await searchParams);
  // The listing's own cached query: the widget shows what the site lists for the same filter.
  const result = await searchInitiatives(query, locale, limit);
  return <EmbedList locale={locale} query={query} theme={theme} result={result} />;
}
