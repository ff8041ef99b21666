import "@fontsource-variable/noto-sans";
import "../globals.css";
import type { Metadata } from "next";
import { getAdminLocale } from "@/lib/admin-i18n/server";

export const metadata: Metadata = {
  title: { default: "Civic Atlas admin", template: "%s · Civic Atlas admin" },
  robots: { index: false, follow: false },
};

export default async function AdminRootLayout({ children }: LayoutProps<"/admin">) {
  return (
    <html lang={await getAdminLocale()}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
