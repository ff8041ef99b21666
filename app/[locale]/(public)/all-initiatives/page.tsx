import type { Metadata } from "next";
import { ListingPage, listingMetadata } from "@/components/search/listing-page";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/server";
import { ListingQuerySchema } from "@/lib/search/schemas";

type Props = PageProps<"/[locale]/all-initiatives">;

/**
 * /{locale}/initiatives without URL parameters (proxy.ts rewrites it here; a direct visit to this
 * address is a 404). Reading no search parameters lets Next prerender it and serve it from the
 * full-route cache until the directory or taxonomy tags are invalidated.
 */
export function generateStaticParams() {
  return UI_LOCALES.map((locale) => ({ locale }));
}

const UNFILTERED = ListingQuerySchema.parse({});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(await resolveLocale(params), UNFILTERED);
}

export default async function AllInitiativesPage({ params }: Props) {
  return <ListingPage locale={await resolveLocale(params)} query={UNFILTERED} />;
}
