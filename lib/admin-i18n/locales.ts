/** The staff area speaks English and Russian, chosen by a cookie (not by the URL). */
export const ADMIN_LOCALES = ["en", "ru"] as const;
export type AdminLocale = (typeof ADMIN_LOCALES)[number];
export const ADMIN_LOCALE_COOKIE = "ADMIN_LOCALE";
export const DEFAULT_ADMIN_LOCALE: AdminLocale = "en";

/** Each language's name in itself, for the switcher. */
export const ADMIN_LOCALE_NAMES: Record<AdminLocale, string> = { en: "English", ru: "Русский" };

export function isAdminLocale(value: unknown): value is AdminLocale {
  return typeof value === "string" && (ADMIN_LOCALES as readonly string[]).includes(value);
}

export function parseAdminLocale(value: unknown): AdminLocale {
  return isAdminLocale(value) ? value : DEFAULT_ADMIN_LOCALE;
}
