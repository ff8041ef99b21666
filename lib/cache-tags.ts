/**
 * Every cache tag the public site uses. Reads tag their cached data here; writes invalidate the
 * same names (revalidateTag), so a change reaches every page that shows it and no other.
 */
export const CacheTags = {
  /** Anything that lists initiatives: home, listing counts, country and cause pages, feeds. */
  directory: "directory",
  /** One initiative's page, whatever the locale. */
  initiative: (slug: string) => `initiative:${slug}`,
  /** Countries, causes and organisation types with their translations. */
  taxonomy: "taxonomy",
} as const;

/** Tags to invalidate when an initiative changes (including its publication state). */
export function initiativeChangeTags(slug: string): string[] {
  return [CacheTags.directory, CacheTags.initiative(slug)];
}
