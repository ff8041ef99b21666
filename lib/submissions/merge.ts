import { EDITOR_LIMITS } from "@/lib/initiatives/editor-schema";
import type { Tx } from "@/lib/initiatives/editor-write";
import { normalizeLink, websiteKey, type LinkTypeName } from "@/lib/initiatives/links";
import { recordRevision } from "@/lib/initiatives/revisions";
import { refreshSearchDocument } from "@/lib/search/document";
import { nameKey } from "@/lib/submissions/match-keys";
import type { SubmissionData } from "@/lib/submissions/schemas";

/**
 * Merging a submission into an existing initiative. What the submission adds (links the entry
 * lacks, its names as aliases) is written to the entry only while the entry is not published:
 * a merge never changes public content behind the editors' backs. For a published entry the
 * same additions are returned as suggestions, which the caller records as a staff note.
 */

export interface MergeOutcome {
  slug: string;
  /** Whether the additions were written (false: published, so only suggested). */
  applied: boolean;
  links: { type: LinkTypeName; url: string; handle: string | null }[];
  aliases: string[];
}

const linkKey = (type: string, url: string) =>
  type === "WEBSITE" ? `web:${websiteKey(url) ?? url}` : `${type}:${url}`;

/** Returns null when the initiative does not exist. */
export async function mergeIntoInitiative(
  tx: Tx,
  initiativeId: string,
  data: SubmissionData,
  authorId: string,
): Promise<MergeOutcome | null> {
  await tx.$queryRaw`SELECT 1 FROM "Initiative" WHERE "id" = ${initiativeId}::uuid FOR UPDATE`;
  const initiative = await tx.initiative.findUnique({
    where: { id: initiativeId },
    select: {
      slug: true,
      state: true,
      links: { select: { type: true, url: true, sortOrder: true } },
      aliases: { select: { value: true } },
      translations: { select: { name: true } },
    },
  });
  if (!initiative) return null;

  const knownLinks = new Set(initiative.links.map((l) => linkKey(l.type, l.url)));
  const links: MergeOutcome["links"] = [];
  for (const link of data.links) {
    const normalized = normalizeLink(link.type, link.value);
    if (!normalized.ok) continue;
    const key = linkKey(link.type, normalized.url);
    if (knownLinks.has(key)) continue;
    knownLinks.add(key);
    links.push({ type: link.type, url: normalized.url, handle: normalized.handle });
  }
  const knownNames = new Set(
    [...initiative.translations.map((t) => t.name), ...initiative.aliases.map((a) => a.value)].map(
      (name) => nameKey(name) ?? name,
    ),
  );
  const aliases: string[] = [];
  for (const name of [data.name, data.altName]) {
    const key = name && (nameKey(name) ?? name);
    if (!key || knownNames.has(key)) continue;
    knownNames.add(key);
    aliases.push(name);
  }

  const room = {
    links: Math.max(0, EDITOR_LIMITS.links - initiative.links.length),
    aliases: Math.max(0, EDITOR_LIMITS.aliases - initiative.aliases.length),
  };
  const published = initiative.state === "PUBLISHED";
  const outcome: MergeOutcome = { slug: initiative.slug, applied: !published, links, aliases };
  if (published || (links.length === 0 && aliases.length === 0)) return outcome;

  const toAdd = { links: links.slice(0, room.links), aliases: aliases.slice(0, room.aliases) };
  // Whatever did not fit is still reported, as a suggestion in the note.
  outcome.applied = toAdd.links.length === links.length && toAdd.aliases.length === aliases.length;
  const nextOrder = Math.max(-1, ...initiative.links.map((l) => l.sortOrder)) + 1;
  await tx.initiativeLink.createMany({
    data: toAdd.links.map((link, i) => ({
      initiativeId,
      type: link.type,
      url: link.url,
      handle: link.handle,
      sortOrder: nextOrder + i,
    })),
  });
  await tx.initiativeAlias.createMany({
    data: toAdd.aliases.map((value) => ({ initiativeId, value })),
    skipDuplicates: true,
  });
  // Entries written outside the editor have no revision yet: keep their state before the merge.
  if (!(await tx.revision.findFirst({ where: { initiativeId }, select: { id: true } })))
    await recordRevision(tx, { initiativeId, action: "create", authorId: null });
  await tx.initiative.update({
    where: { id: initiativeId },
    data: { version: { increment: 1 }, updatedById: authorId },
  });
  await refreshSearchDocument(tx, initiativeId);
  await recordRevision(tx, { initiativeId, action: "update", authorId });
  return outcome;
}
