import "@fontsource-variable/noto-sans";
import "../globals.css";
import type { Metadata } from "next";
import { Suspense } from "react";
import { LocaleProvider } from "@/components/layout/locale-provider";
import { notFoundMetadata } from "@/components/layout/not-found-response";
import { NotFoundView } from "@/components/layout/not-found-view";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getSiteUrl } from "@/lib/env";
import { DEFAULT_LOCALE, isUiLocale, UI_LOCALES } from "@/lib/i18n/locales";
import { alternatesFor } from "@/lib/i18n/metadata";
import { getMessages } from "@/lib/i18n/messages";

export function generateStaticParams() {
  return UI_LOCALES.map((locale) => ({ locale }));
}

/**
 * The first segment when it names a language. Otherwise the address is one that proxy.ts does
 * not see (it skips file-like paths such as /wp-login.php): the layout then shows the 404 page
 * in the default language, as `notFound()` here would leave the response without HTML.
 */
async function languageOf(params: LayoutProps<"/[locale]">["params"]) {
  const { locale } = await params;
  return isUiLocale(locale) ? locale : null;
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await languageOf(params);
  if (!locale) return notFoundMetadata(DEFAULT_LOCALE);
  const t = getMessages(locale);
  return {
    title: {
      default: `${t.meta.siteName} — ${t.meta.tagline}`,
      template: `%s · ${t.meta.siteName}`,
    },
    description: t.meta.description,
    metadataBase: new URL(getSiteUrl()),
    applicationName: t.meta.siteName,
    alternates: {
      ...alternatesFor(locale, ""),
      types: { "application/atom+xml": `/${locale}/feed.xml` },
    },
    openGraph: { siteName: t.meta.siteName, locale, type: "website" },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const language = await languageOf(params);
  const locale = language ?? DEFAULT_LOCALE;
  const t = getMessages(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-slate-900"
        >
          {t.nav.skip}
        </a>
        <SiteHeader locale={locale} messages={t} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          <LocaleProvider locale={locale}>
            {language ? (
              children
            ) : (
              // Every page answers an unknown language with notFound(). Caught here on the
              // server, the HTML keeps this 404 page (and the response its status); in the
              // browser, the not-found.tsx boundary below catches it and shows the same page.
              <Suspense fallback={<NotFoundView locale={locale} />}>{children}</Suspense>
            )}
          </LocaleProvider>
        </main>
        <SiteFooter locale={locale} messages={t} />
      </body>
    </html>
  );
}
