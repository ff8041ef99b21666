import type { Metadata } from "next";
import Link from "next/link";
import { SnippetGenerator } from "@/components/embed/snippet-generator";
import { parseSnippetForm } from "@/lib/embed/schemas";
import { getSiteUrl } from "@/lib/env";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";
import { listCountryCounts } from "@/lib/initiatives/queries";
import { listCauses } from "@/lib/taxonomy/queries";

type Props = PageProps<"/[locale]/open-data/widget">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getMessages(await resolveLocale(params));
  return { title: t.openData.widgetTitle, robots: { index: false } };
}

/**
 * The snippet generator's answer (a GET form, so it works without JavaScript): the code for the
 * chosen country or cause, language and theme. The open-data page itself stays static.
 */
export default async function WidgetSnippetPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const o = getMessages(locale).openData;
  const form = parseSnippetForm(await searchParams, locale);
  const [countries, causes] = await Promise.all([listCountryCounts(locale), listCauses(locale)]);
  return (
    <article className="max-w-3xl space-y-5 leading-7">
      <p>
        <Link
          href={`/${locale}/open-data`}
          className="text-brand-700 dark:text-brand-300 underline"
        >
          {o.title}
        </Link>
      </p>
      <h1 id="widget" className="scroll-mt-4 text-3xl font-bold tracking-tight">
        {o.widgetTitle}
      </h1>
      <p>{o.widgetBody}</p>
      <SnippetGenerator
        locale={locale}
        site={getSiteUrl()}
        form={form}
        countries={countries.map((c) => ({ value: c.key, label: c.name }))}
        causes={causes.map((c) => ({ value: c.key, label: c.name }))}
      />
    </article>
  );
}
