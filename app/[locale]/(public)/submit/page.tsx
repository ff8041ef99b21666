import type { Metadata } from "next";
import { connection } from "next/server";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { alternatesFor } from "@/lib/i18n/metadata";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";
import { signFormStart, turnstileSiteKey } from "@/lib/submissions/anti-abuse";
import { getSubmissionTaxonomyOptions } from "@/lib/submissions/public-queries";

type Props = PageProps<"/[locale]/submit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getMessages(locale).submit;
  return { title: t.title, description: t.aboutBody, alternates: alternatesFor(locale, "/submit") };
}

export default async function SubmitPage({ params }: Props) {
  const locale = await resolveLocale(params);
  // Rendered per request: the form carries the signed time it was shown (minimum fill time).
  await connection();
  const messages = getMessages(locale);
  const options = await getSubmissionTaxonomyOptions(locale);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{messages.submit.title}</h1>
        <p className="text-lg leading-7 text-slate-700 dark:text-slate-300">
          {messages.submit.lead}
        </p>
      </header>
      <SubmissionForm
        locale={locale}
        t={messages.submit}
        linkLabels={messages.links}
        options={options}
        startedAt={signFormStart()}
        turnstileSiteKey={turnstileSiteKey()}
      />
    </div>
  );
}
