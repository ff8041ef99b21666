import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { StatusView } from "@/components/submissions/status-view";
import { getSiteUrl } from "@/lib/env";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";
import {
  getSubmissionByToken,
  getSubmissionTaxonomyOptions,
} from "@/lib/submissions/public-queries";

type Props = PageProps<"/[locale]/submit/status/[token]">;

// The address is a secret: never indexed, and never sent to other sites as a referrer. Not
// "no-referrer": browsers then send `Origin: null` with the edit form's POST (without JavaScript),
// and Next refuses a Server Action whose origin does not match.
const PRIVATE: Metadata = { robots: { index: false, follow: false }, referrer: "same-origin" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { ...PRIVATE, title: getMessages(locale).submit.status.metaTitle };
}

export default async function SubmissionStatusPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  // Per request and uncached (private, no-store): the status changes and the page is personal.
  await connection();
  const { token } = await params;
  const submission = await getSubmissionByToken(token);
  // A plain 404 before anything is rendered: nothing tells a wrong token from a removed one.
  if (!submission) notFound();
  const query = await searchParams;
  const notice = query.sent === "1" ? "sent" : query.saved === "1" ? "saved" : null;
  return (
    <StatusView
      locale={locale}
      messages={getMessages(locale)}
      submission={submission}
      token={token}
      statusUrl={`${getSiteUrl()}/${locale}/submit/status/${token}`}
      options={await getSubmissionTaxonomyOptions(locale)}
      notice={notice}
    />
  );
}
