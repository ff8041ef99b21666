import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/lib/i18n/messages";
import { alternatesFor } from "@/lib/i18n/metadata";
import { resolveLocale } from "@/lib/i18n/server";

type Props = PageProps<"/[locale]/about">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getMessages(locale);
  return {
    title: t.about.title,
    description: t.meta.description,
    alternates: alternatesFor(locale, "/about"),
  };
}

export default async function AboutPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = getMessages(locale);
  return (
    <article className="max-w-3xl space-y-5 leading-7">
      <h1 className="text-3xl font-bold tracking-tight">{t.about.title}</h1>
      {t.about.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h2 className="pt-4 text-xl font-semibold">{t.submit.aboutTitle}</h2>
      <p>{t.submit.aboutBody}</p>
      <p>
        <Link
          href={`/${locale}/submit`}
          className="bg-brand-700 hover:bg-brand-800 inline-block rounded-lg px-4 py-2 font-medium text-white"
        >
          {t.submit.navLink}
        </Link>
      </p>
      <h2 className="pt-4 text-xl font-semibold">{t.about.openData}</h2>
      <p>{t.about.openDataBody}</p>
      <ul className="list-disc pl-5">
        <li>
          <Link
            href={`/${locale}/open-data`}
            className="text-brand-700 dark:text-brand-300 underline"
          >
            {t.openData.title}
          </Link>
        </li>
        <li>
          <a href={`/${locale}/feed.xml`} className="text-brand-700 dark:text-brand-300 underline">
            {t.footer.feed}
          </a>
        </li>
        <li>
          <a href="/sitemap.xml" className="text-brand-700 dark:text-brand-300 underline">
            {t.footer.sitemap}
          </a>
        </li>
      </ul>
    </article>
  );
}
