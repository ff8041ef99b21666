import "@fontsource-variable/noto-sans";
import "../globals.css";
import type { Metadata } from "next";
import { AdminI18nProvider } from "@/components/admin/admin-i18n-provider";
import { getAdminI18n } from "@/lib/admin-i18n/server";

export const metadata: Metadata = {
  title: { default: "Civic Atlas admin", template: "%s · Civic Atlas admin" },
  robots: { index: false, follow: false },
};

export default async function AdminRootLayout({ children }: LayoutProps<"/admin">) {
  const { locale, m } = await getAdminI18n();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <AdminI18nProvider locale={locale} m={m}>
          {children}
        </AdminI18nProvider>
      </body>
    </html>
  );
}
