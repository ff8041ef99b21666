import type { AdminLocale } from "@/lib/admin-i18n/locales";
import { format } from "@/lib/i18n/format";

/** Fills `{name}` placeholders and plural blocks in the admin locale. */
export function t(
  locale: AdminLocale,
  template: string,
  values?: Record<string, string | number>,
): string {
  return format(locale, template, values);
}

/** A date and time for staff screens: always UTC, so entries compare across offices. */
export function formatDateTime(locale: AdminLocale, value: Date | string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(typeof value === "string" ? new Date(value) : value);
}

export function formatDay(locale: AdminLocale, value: Date | string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    typeof value === "string" ? new Date(value) : value,
  );
}

/** Language names are lower-case in running Russian text; a tab or a list option starts upper. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
