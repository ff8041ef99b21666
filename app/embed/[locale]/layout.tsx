import "@fontsource-variable/noto-sans";
import "../../globals.css";
import "../embed.css";
import type { Metadata } from "next";
import { resolveLocale } from "@/lib/i18n/server";

// The widget is framed on partners' pages: it has no site header or footer, and search engines
// index the directory's own pages instead of these copies.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function EmbedLayout({ children, params }: LayoutProps<"/embed/[locale]">) {
  const locale = await resolveLocale(params);
  return (
    <html lang={locale}>
      <body className="font-sans">{children}</body>
    </html>
  );
}
