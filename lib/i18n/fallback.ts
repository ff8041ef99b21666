import { CONTENT_LOCALES, type ContentLocale } from "@/lib/i18n/locales";

/** The order in which other languages stand in for a missing translation. */
const FALLBACK_ORDER: readonly ContentLocale[] = ["en", "ru", "kk", "uz", "tg", "kaa"];

export interface Localized<T> {
  value: T;
  /** The locale the value is really in. */
  locale: ContentLocale;
  /** True when the value is in another language than the one asked for. */
  isFallback: boolean;
}

/**
 * Picks the translation for `locale`, or the first available one in fallback order. Never copies
 * text between languages: the caller is told which language it got, so the page can say so.
 */
export function pickTranslation<T extends { locale: string }>(
  translations: readonly T[],
  locale: ContentLocale,
): Localized<T> | null {
  const byLocale = new Map(translations.map((t) => [t.locale, t]));
  for (const candidate of [locale, ...FALLBACK_ORDER]) {
    const found = byLocale.get(candidate);
    if (found) return { value: found, locale: candidate, isFallback: candidate !== locale };
  }
  return null;
}

/** Same for `{locale: text}` maps stored as JSON (labels, roles, units). */
export function pickText(map: unknown, locale: ContentLocale): string {
  if (!map || typeof map !== "object") return "";
  const record = map as Record<string, unknown>;
  for (const candidate of [locale, ...FALLBACK_ORDER]) {
    const value = record[candidate];
    if (typeof value === "string" && value) return value;
  }
  return "";
}

export function availableLocales(translations: readonly { locale: string }[]): ContentLocale[] {
  const present = new Set(translations.map((t) => t.locale));
  return CONTENT_LOCALES.filter((locale) => present.has(locale));
}
