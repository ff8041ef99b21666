import Link from "next/link";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

export function SiteFooter({ locale, messages: t }: { locale: UiLocale; messages: Messages }) {
  return (
    <footer className="border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 sm:px-6">
        <p>{t.footer.about}</p>
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href={`/${locale}/about`} className="underline">
              {t.nav.about}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/open-data`} className="underline">
              {t.openData.title}
            </Link>
          </li>
          <li>
            <a href={`/${locale}/feed.xml`} className="underline" type="application/atom+xml">
              {t.footer.feed}
            </a>
          </li>
          <li>
            <a href="/sitemap.xml" className="underline">
              {t.footer.sitemap}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
