"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { publicPath } from "@/lib/search/listing-route";

const NAMES: Record<UiLocale, string> = { en: "English", ru: "Русский", kk: "Қазақша" };

interface Props {
  current: UiLocale;
  label: string;
}

function LanguageLinks({ current, label, search }: Props & { search: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = publicPath(pathname.replace(/^\/[^/]+/, ""));
  return (
    <ul aria-label={label} className="flex gap-2">
      {UI_LOCALES.map((locale) => (
        <li key={locale}>
          <Link
            href={`/${locale}${rest}${search}`}
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

function LinksKeepingQuery(props: Props) {
  const search = useSearchParams().toString();
  return <LanguageLinks {...props} search={search ? `?${search}` : ""} />;
}

/**
 * Links to the same page in the other interface languages, with the same query string (a
 * preview's `?token=`, the listing's filters). Pages rendered per request have it in their HTML;
 * prerendered pages have no query string, so their HTML holds the plain links (the fallback) and
 * the browser adds any query it was opened with.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<LanguageLinks {...props} search="" />}>
      <LinksKeepingQuery {...props} />
    </Suspense>
  );
}
