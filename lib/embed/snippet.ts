import type { UiLocale } from "@/lib/i18n/locales";
import { DEFAULT_LIMIT, type SnippetVariant, type Theme } from "@/lib/embed/schemas";

export interface SnippetOptions {
  site: string;
  locale: UiLocale;
  country?: string;
  cause?: string;
  theme: Theme;
  limit?: number;
  variant: SnippetVariant;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The widget's address: `/embed/{locale}?country=KZ&theme=dark`. */
export function embedUrl({
  site,
  locale,
  country,
  cause,
  theme,
  limit,
}: Omit<SnippetOptions, "variant">): string {
  const params = new URLSearchParams();
  if (country) params.set("country", country);
  if (cause) params.set("cause", cause);
  if (theme !== "auto") params.set("theme", theme);
  if (limit && limit !== DEFAULT_LIMIT) params.set("limit", String(limit));
  const query = params.toString();
  return `${site}/embed/${locale}${query ? `?${query}` : ""}`;
}

/**
 * The HTML a partner pastes into a page. The iframe works everywhere; the script variant
 * (public/embed.js) builds the same iframe and resizes it to fit its content.
 */
export function buildSnippet(options: SnippetOptions): string {
  if (options.variant === "iframe") {
    return [
      `<iframe src="${escapeAttribute(embedUrl(options))}"`,
      `  title="Civic Atlas" width="100%" height="640" loading="lazy"`,
      `  style="border:0;max-width:720px"></iframe>`,
    ].join("\n");
  }
  const data = [
    `data-locale="${options.locale}"`,
    options.country ? `data-country="${escapeAttribute(options.country)}"` : null,
    options.cause ? `data-cause="${escapeAttribute(options.cause)}"` : null,
    options.theme !== "auto" ? `data-theme="${options.theme}"` : null,
    options.limit && options.limit !== DEFAULT_LIMIT ? `data-limit="${options.limit}"` : null,
  ].filter(Boolean);
  return [
    `<div data-civic-atlas ${data.join(" ")}></div>`,
    `<script src="${escapeAttribute(options.site)}/embed.js" async></script>`,
  ].join("\n");
}
