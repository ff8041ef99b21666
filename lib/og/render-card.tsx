import "server-only";
import { ImageResponse } from "next/og";
import type { UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { keepDrawable, loadOgFonts, OG_FONT_FAMILY } from "@/lib/og/fonts";

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = "image/png";

export interface OgCardInput {
  title: string;
  subtitle?: string;
  locale: UiLocale;
  /** A short line at the foot of the card, such as the countries. */
  badge?: string;
  /** HTTP status of the image response; the card itself is the same. */
  status?: number;
}

const BRAND = "#0f766e";
const BRAND_LIGHT = "#14b8a6";
const INK = "#0f172a";
const MUTED = "#475569";

/** The five countries by ISO code: the same in every language, so the site card needs no data. */
const REGION_BADGE = "KZ · KG · TJ · TM · UZ";

/** Shortens at a word boundary; counts code points so a cut never splits a letter. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, "")}…`;
}

function titleSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 28) return 80;
  if (length <= 56) return 66;
  return 54;
}

/** A 1200×630 card: wordmark, title, subtitle and badge, in Noto Sans read from disk, so it
 * renders Kazakh, Russian and Uzbek Latin without any network access. */
export async function renderOgCard({
  title,
  subtitle,
  locale,
  badge,
  status,
}: OgCardInput): Promise<ImageResponse> {
  const fonts = await loadOgFonts();
  const heading = truncate(keepDrawable(title), 90);
  const lead = subtitle ? truncate(keepDrawable(subtitle), 160) : "";
  const foot = badge ? truncate(keepDrawable(badge), 70) : "";
  const siteName = getMessages(locale).meta.siteName;

  return new ImageResponse(
    <div
      lang={locale}
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        fontFamily: OG_FONT_FAMILY,
        color: INK,
      }}
    >
      <div
        style={{
          display: "flex",
          width: 28,
          height: "100%",
          backgroundImage: `linear-gradient(180deg, ${BRAND}, ${BRAND_LIGHT})`,
        }}
      />
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          flex: 1,
          padding: "56px 72px 56px 64px",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 18 }}>
          <div
            style={{ display: "flex", width: 34, height: 34, borderRadius: 17, background: BRAND }}
          />
          <div style={{ display: "flex", fontSize: 34, fontWeight: 700, color: BRAND }}>
            {siteName}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 22 }}>
          <div
            style={{
              display: "block",
              fontSize: titleSize(heading),
              fontWeight: 700,
              lineHeight: 1.12,
              letterSpacing: -1,
              lineClamp: 3,
            }}
          >
            {heading}
          </div>
          {lead ? (
            <div
              style={{
                display: "block",
                fontSize: 30,
                lineHeight: 1.4,
                color: MUTED,
                lineClamp: 3,
              }}
            >
              {lead}
            </div>
          ) : null}
        </div>
        <div style={{ display: "flex", minHeight: 52 }}>
          {foot ? (
            <div
              style={{
                display: "flex",
                alignItems: "center",
                padding: "8px 24px",
                borderRadius: 999,
                background: "#f0fdfa",
                border: "2px solid #99f6e4",
                color: "#115e59",
                fontSize: 26,
                fontWeight: 700,
              }}
            >
              {foot}
            </div>
          ) : null}
        </div>
      </div>
    </div>,
    { ...OG_SIZE, fonts, status },
  );
}

/** The site's own card: its tagline and description in the given language. */
export function renderSiteOgCard(locale: UiLocale, status?: number): Promise<ImageResponse> {
  const { meta } = getMessages(locale);
  return renderOgCard({
    title: meta.tagline,
    subtitle: meta.description,
    locale,
    badge: REGION_BADGE,
    status,
  });
}

/** Alt text of the site card, for `generateImageMetadata`. */
export function siteOgAlt(locale: UiLocale): string {
  const { meta } = getMessages(locale);
  return `${meta.siteName} — ${meta.tagline}`;
}
