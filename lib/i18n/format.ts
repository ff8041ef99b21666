import type { UiLocale } from "@/lib/i18n/locales";

/** Fills `{name}` placeholders and ICU-style `{count, plural, ...}` blocks. */
export function format(
  locale: UiLocale,
  template: string,
  values: Record<string, string | number> = {},
): string {
  const withPlurals = template.replace(
    /\{(\w+), plural, ((?:[^{}]*\{[^{}]*\})+)\s*\}/g,
    (_match, name: string, cases: string) => {
      const count = Number(values[name] ?? 0);
      const options = new Map<string, string>();
      for (const [, key, text] of cases.matchAll(/(\w+|=\d+)\s*\{([^{}]*)\}/g)) {
        if (key && text !== undefined) options.set(key, text);
      }
      const category = new Intl.PluralRules(locale).select(count);
      const chosen =
        options.get(`=${count}`) ?? options.get(category) ?? options.get("other") ?? "";
      return chosen.replace(/#/g, new Intl.NumberFormat(locale).format(count));
    },
  );
  return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export function formatDate(locale: UiLocale, date: Date | string): string {
  const value = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
}

export function formatNumber(locale: UiLocale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
