/**
 * The listing without URL parameters is prerendered at /{locale}/all-initiatives and served at
 * /{locale}/initiatives: proxy.ts rewrites the bare address there (and answers a direct visit to
 * the internal one with a 404), so the most visited listing comes from the full-route cache.
 */
export const UNFILTERED_LISTING_SEGMENT = "all-initiatives";

/**
 * The address a visitor sees for a path under a locale (e.g. "/all-initiatives" →
 * "/initiatives"). Server rendering of a rewritten page knows only the internal path.
 */
export function publicPath(rest: string): string {
  return rest === `/${UNFILTERED_LISTING_SEGMENT}` ? "/initiatives" : rest;
}
