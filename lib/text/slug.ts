import { transliterate } from "@/lib/text/transliterate";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/** A URL slug from a name in any script. Returns "" only when the name has no letters or digits. */
export function slugify(name: string): string {
  const slug = transliterate(name)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-[^-]*$/, "");
}
