import { DEFAULT_LOCALE, isUiLocale, type UiLocale } from "@/lib/i18n/locales";

export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The interface locale for a visitor: their saved choice, else their browser's languages. */
export function negotiateLocale(
  cookie: string | undefined,
  acceptLanguage: string | null,
): UiLocale {
  if (cookie && isUiLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0] ?? "";
    if (isUiLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
