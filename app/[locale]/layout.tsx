import "@fontsource-variable/noto-sans";
import "../globals.css";
import type { Metadata } from "next";
import { LocaleProvider } from "@/components/layout/locale-provider";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getSiteUrl } from "@/lib/env";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { alternatesFor } from "@/lib/i18n/metadata";
import { getMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/server";

export function generateStaticParams() {
  return UI_LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await resolveLocale(params);
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
  const locale = await resolveLocale(params);
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
          <LocaleProvider locale={locale}>{children}</LocaleProvider>
        </main>
        <SiteFooter locale={locale} messages={t} />
      </body>
    </html>
  );
}
