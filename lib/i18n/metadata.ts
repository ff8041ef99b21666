import type { Metadata } from "next";
import { getSiteUrl } from "@/lib/env";
import { UI_LOCALES, type UiLocale } from "@/lib/i18n/locales";

/**
 * Canonical URL and hreflang alternates for a page that exists at `/{locale}{path}`. `locales`
 * limits the alternates to the languages that really have the content.
 */
export function alternatesFor(
  locale: UiLocale,
  path: string,
  locales: readonly UiLocale[] = UI_LOCALES,
): NonNullable<Metadata["alternates"]> {
  const site = getSiteUrl();
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = `${site}/${l}${path}`;
  if (locales.includes("en")) languages["x-default"] = `${site}/en${path}`;
  return { canonical: `${site}/${locale}${path}`, languages };
}
