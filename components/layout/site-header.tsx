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
        <nav aria-label={t.nav.primary} className="flex items-center gap-5 text-sm">
          <Link href={`/${locale}/initiatives`} className="hover:underline">
            {t.nav.initiatives}
          </Link>
          <Link href={`/${locale}/about`} className="hover:underline">
            {t.nav.about}
          </Link>
          <LanguageSwitcher current={locale} label={t.nav.language} />
        </nav>
      </div>
    </header>
  );
}
