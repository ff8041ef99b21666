import Link from "next/link";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import type { UiLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

export function SiteHeader({ locale, messages: t }: { locale: UiLocale; messages: Messages }) {
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link
          href={`/${locale}`}
          className="flex items-center gap-2 text-lg font-semibold tracking-tight"
        >
          <span aria-hidden className="bg-brand-600 inline-block size-6 rounded-full" />
          {t.meta.siteName}
        </Link>
        <nav
          aria-label={t.nav.primary}
          className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm"
        >
          <Link href={`/${locale}/initiatives`} className="hover:underline">
            {t.nav.initiatives}
          </Link>
          <Link href={`/${locale}/about`} className="hover:underline">
            {t.nav.about}
          </Link>
          <Link
            href={`/${locale}/submit`}
            className="border-brand-700 text-brand-700 hover:bg-brand-50 dark:border-brand-300 dark:text-brand-300 rounded-lg border px-3 py-1.5 font-medium whitespace-nowrap dark:hover:bg-slate-900"
          >
            {t.submit.navLink}
          </Link>
          <LanguageSwitcher current={locale} label={t.nav.language} />
        </nav>
      </div>
    </header>
  );
}
