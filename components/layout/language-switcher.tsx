"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";

const NAMES: Record<UiLocale, string> = { en: "English", ru: "Русский", kk: "Қазақша" };

/** Links to the same page in the other interface languages. */
export function LanguageSwitcher({ current, label }: { current: UiLocale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, "");
  return (
    <ul aria-label={label} className="flex gap-2">
      {UI_LOCALES.map((locale) => (
        <li key={locale}>
          <Link
            href={`/${locale}${rest}`}
            hrefLang={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            className="rounded px-2 py-1 uppercase aria-[current]:bg-slate-900 aria-[current]:text-white dark:aria-[current]:bg-slate-100 dark:aria-[current]:text-slate-900"
            title={NAMES[locale]}
            // Remembered for the next visit to "/" (read by proxy.ts).
            onClick={() => {
              document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
            }}
          >
            {locale}
          </Link>
        </li>
      ))}
    </ul>
  );
}
