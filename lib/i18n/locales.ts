/** Locales the interface is translated into; every page exists in each of them. */
export const UI_LOCALES = ["en", "ru", "kk"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Locales content may be written in (a superset of the UI locales). */
export const CONTENT_LOCALES = ["en", "ru", "kk", "uz", "tg", "kaa"] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export const DEFAULT_LOCALE: UiLocale = "en";

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

export function isContentLocale(value: string): value is ContentLocale {
  return (CONTENT_LOCALES as readonly string[]).includes(value);
}

/** A string per content locale; any may be absent. */
export type LocalizedText = Partial<Record<ContentLocale, string>>;
