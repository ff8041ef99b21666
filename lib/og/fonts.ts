import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import unicodeRanges from "@fontsource/noto-sans/unicode.json";

/* The subsets cover every alphabet the directory's content is written in: Kazakh, Kyrgyz,
 * Tajik and Russian Cyrillic (cyrillic, cyrillic-ext), Uzbek and Karakalpak Latin with ʻ, ń and
 * ı (latin, latin-ext). WOFF, not WOFF2: satori cannot read WOFF2. */
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
const WEIGHTS = [400, 700] as const;

/* Satori keeps one font per family name and weight (the first that matches), and falls back,
 * glyph by glyph, only across different family names: each subset needs a name of its own. */
function familyOf(subset: string): string {
  return `Noto Sans ${subset}`;
}

/** The CSS font-family of the card: every subset, in order. */
export const OG_FONT_FAMILY = SUBSETS.map(familyOf).join(", ");

type Range = [number, number];

/** Code points the subsets draw, from fontsource's own list ("U+0460-052F,U+20B4,..."). */
const COVERED: Range[] = SUBSETS.flatMap((subset) =>
  unicodeRanges[subset].split(",").map((part): Range => {
    const [from = "0", to = from] = part.replace("U+", "").split("-");
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
  }),
);

function isCovered(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 && COVERED.some(([from, to]) => code >= from && code <= to);
}

export type OgFont = {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: "normal";
};

let fonts: Promise<OgFont[]> | undefined;

function fontFile(subset: string, weight: number): string {
  return path.join(
    process.cwd(),
    "node_modules/@fontsource/noto-sans/files",
    `noto-sans-${subset}-${weight}-normal.woff`,
  );
}

/** The card fonts, read from disk once per process. */
export function loadOgFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(
    WEIGHTS.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        name: familyOf(subset),
        data: await readFile(fontFile(subset, weight)),
        weight,
        style: "normal" as const,
      })),
    ),
  ).catch((error: unknown) => {
    // A failed read must not poison the cache for the life of the process.
    fonts = undefined;
    throw error;
  });
  return fonts;
}

/** The text on one line without what the card fonts cannot draw (emoji, other scripts): for
 * those, next/og would fetch a fallback font or image from the internet while rendering. */
export function keepDrawable(text: string): string {
  return Array.from(text.replace(/\s+/g, " ")).filter(isCovered).join("").trim();
}
