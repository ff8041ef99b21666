import type { Metadata } from "next";
import { NotFoundResponse, notFoundMetadata } from "@/components/layout/not-found-response";
import { resolveLocale } from "@/lib/i18n/server";

type Props = PageProps<"/[locale]/[...rest]">;

// Any other address under a language is that language's 404 page, rendered on first visit and
// then served from cache (a prerender is what keeps the 404's HTML; see NotFoundResponse).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(await resolveLocale(params));
}

export default async function UnknownPage({ params }: Props) {
  return <NotFoundResponse locale={await resolveLocale(params)} />;
}
