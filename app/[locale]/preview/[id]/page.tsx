import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InitiativeView } from "@/components/initiatives/initiative-view";
import { getSiteUrl } from "@/lib/env";
import { format, formatDate } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";
import { getPreview } from "@/lib/initiatives/preview";

type Props = PageProps<"/[locale]/preview/[id]">;

export const metadata: Metadata = { robots: { index: false, follow: false } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A draft exactly as the public page will show it, for staff and for share-link holders. */
export default async function PreviewPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const { token } = await searchParams;
  if (!UUID.test(id)) notFound();
  const preview = await getPreview(id, locale, typeof token === "string" ? token : undefined);
  if (!preview) notFound();
  const { initiative, access, state } = preview;
  const t = getMessages(locale).preview;
  const banner = (
    <p
      role="status"
      className="mb-6 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      {format(locale, t.banner, { state: t.states[state] })}
      {access.via === "link"
        ? ` ${format(locale, t.expires, { date: formatDate(locale, access.expiresAt) })}`
        : null}
    </p>
  );
  return (
    <InitiativeView
      initiative={initiative}
      locale={locale}
      related={[]}
      pageUrl={`${getSiteUrl()}/${locale}/initiatives/${initiative.slug}`}
      banner={banner}
    />
  );
}
