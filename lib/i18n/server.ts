import "server-only";
import { notFound } from "next/navigation";
import { isUiLocale, type UiLocale } from "@/lib/i18n/locales";

/** The locale of a `[locale]` route, or a 404 for anything else. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<UiLocale> {
  const { locale } = await params;
  if (!isUiLocale(locale)) notFound();
  return locale;
}
