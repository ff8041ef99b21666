import "server-only";
import { revalidateTag } from "next/cache";
import { CacheTags, initiativeChangeTags } from "@/lib/cache-tags";

/**
 * After a committed write that changes what the public sees of an initiative (content, state,
 * slug): every page showing it renders afresh on its next request. `expire: 0` serves no stale
 * copy, so the change is visible at once.
 */
export function invalidateInitiative(...slugs: string[]): void {
  for (const tag of new Set(slugs.flatMap(initiativeChangeTags))) revalidateTag(tag, { expire: 0 });
}

/** After a change to countries, causes or organisation types. */
export function invalidateTaxonomy(): void {
  revalidateTag(CacheTags.taxonomy, { expire: 0 });
  revalidateTag(CacheTags.directory, { expire: 0 });
}
