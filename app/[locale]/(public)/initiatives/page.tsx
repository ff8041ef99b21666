import type { Metadata } from "next";
import { ListingPage, listingMetadata } from "@/components/search/listing-page";
import { resolveLocale } from "@/lib/i18n/server";
import { ListingQuerySchema } from "@/lib/search/schemas";

type Props = PageProps<"/[locale]/initiatives">;

// Rendered per request: searches and filters. The address without parameters is served by the
// prerendered all-initiatives route (rewritten in proxy.ts).
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return listingMetadata(locale, ListingQuerySchema.parse(await searchParams));
}

export default async function InitiativesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = ListingQuerySchema.parse(await searchParams);
  return <ListingPage locale={locale} query={query} />;
}
