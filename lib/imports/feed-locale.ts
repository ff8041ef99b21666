import { isContentLocale, type ContentLocale } from "@/lib/i18n/locales";

/** "en-US", "ru_RU", "kk" → a content locale, or null for languages the atlas does not hold. */
export function localeFromTag(tag: string | null | undefined): ContentLocale | null {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return isContentLocale(primary) ? primary : null;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-z]/gi;

/**
 * A guess from the script when the feed names no language: Cyrillic text with Kazakh letters is
 * Kazakh, other Cyrillic Russian, Latin English. Staff can change it on the draft form.
 */
export function guessLocale(sample: string): ContentLocale | null {
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return null;
  if (cyrillic > latin) return KAZAKH_LETTERS.test(sample) ? "kk" : "ru";
  return "en";
}
