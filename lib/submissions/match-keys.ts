import type { Db } from "@/lib/db-client";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { normalizeLink, websiteKey, type LinkTypeName } from "@/lib/initiatives/links";
import { searchKey } from "@/lib/text/fold";
import type { SubmissionData } from "./schemas";

/**
 * Duplicate detection. A proposal is compared with existing initiatives and pending submissions by
 * three kinds of key, stored in `Submission.matchKeys` (GIN-indexed) for the submissions' side:
 *
 * - `web:<websiteKey>`: the website without scheme, `www.` or trailing slash;
 * - `<network>:<handle>` for messenger and social handles (`tg:`, `ig:`, `wa:` ...) and emails;
 * - `name:<key>`: the name and the alt name folded across scripts and diacritics (searchKey, the
 *   form the search uses), so "Кун Жарыгы", "Күн Жарығы" and "Kun Jarygy" share one key.
 */

export type DuplicateReason = "website" | "handle" | "name";

export interface DuplicateCandidate {
  kind: "initiative" | "submission";
  id: string;
  /** The initiative's slug; null for submissions. */
  slug: string | null;
  name: string;
  reasons: DuplicateReason[];
  /** Whether the public may see it (a published initiative); only these are named to submitters. */
  published: boolean;
}

const HANDLE_PREFIX: Partial<Record<LinkTypeName, string>> = {
  TELEGRAM: "tg",
  INSTAGRAM: "ig",
  WHATSAPP: "wa",
  FACEBOOK: "fb",
  TIKTOK: "tt",
  X: "x",
  VK: "vk",
  YOUTUBE: "yt",
  EMAIL: "email",
};

/** Shorter folded names ("ab") are too common to call anything a duplicate. */
const MIN_NAME_KEY = 3;
const PENDING: SubmissionStatus[] = ["NEW", "CHANGES_REQUESTED"];
const MAX_CANDIDATES = 10;

export function nameKey(name: string): string | null {
  const key = searchKey(name);
  return key.replace(/ /g, "").length >= MIN_NAME_KEY ? key : null;
}

/** The handle key of a link, or null when the link names no account. */
export function handleKey(type: LinkTypeName, value: string): string | null {
  const prefix = HANDLE_PREFIX[type];
  if (!prefix) return null;
  const link = normalizeLink(type, value);
  return link.ok && link.handle ? `${prefix}:${link.handle}` : null;
}

export function matchKeysFor(data: Pick<SubmissionData, "name" | "altName" | "links">): string[] {
  const keys = new Set<string>();
  for (const name of [data.name, data.altName]) {
    const key = nameKey(name);
    if (key) keys.add(`name:${key}`);
  }
  for (const link of data.links) {
    if (link.type === "WEBSITE") {
      const key = websiteKey(link.value);
      if (key) keys.add(`web:${key}`);
      continue;
    }
    const key = handleKey(link.type, link.value);
    if (key) keys.add(key);
  }
  return [...keys];
}

const reasonOf = (key: string): DuplicateReason =>
  key.startsWith("name:") ? "name" : key.startsWith("web:") ? "website" : "handle";

type MatchDb = Pick<Db, "initiative" | "initiativeLink" | "initiativeSearch" | "submission">;

function add(
  found: Map<string, DuplicateCandidate>,
  candidate: Omit<DuplicateCandidate, "reasons">,
  reason: DuplicateReason,
) {
  const key = `${candidate.kind}:${candidate.id}`;
  const existing = found.get(key) ?? { ...candidate, reasons: [] };
  if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
  found.set(key, existing);
}

/** Initiative ids whose links or names share a key with the proposal, with the reasons. */
async function matchInitiatives(
  db: MatchDb,
  keys: string[],
): Promise<Map<string, Set<DuplicateReason>>> {
  const hits = new Map<string, Set<DuplicateReason>>();
  const hit = (id: string, reason: DuplicateReason) =>
    hits.set(id, (hits.get(id) ?? new Set()).add(reason));

  const websites = keys.filter((k) => k.startsWith("web:")).map((k) => k.slice(4));
  const handles = keys.filter((k) => !k.startsWith("web:") && !k.startsWith("name:"));
  const names = keys.filter((k) => k.startsWith("name:")).map((k) => k.slice(5));

  if (websites.length > 0) {
    // Stored URLs keep `www.` and the scheme; narrow by host, then compare the exact key.
    const hosts = [...new Set(websites.map((w) => w.split("/")[0] ?? w))];
    const rows = await db.initiativeLink.findMany({
      where: {
        type: "WEBSITE",
        OR: hosts.map((host) => ({ url: { contains: host, mode: "insensitive" as const } })),
      },
      select: { initiativeId: true, url: true },
      take: 200,
    });
    for (const row of rows) {
      const key = websiteKey(row.url);
      if (key && websites.includes(key)) hit(row.initiativeId, "website");
    }
  }

  if (handles.length > 0) {
    const byType = Object.entries(HANDLE_PREFIX).flatMap(([type, prefix]) => {
      const values = handles
        .filter((k) => k.startsWith(`${prefix}:`))
        .map((k) => k.slice(prefix.length + 1));
      return values.length > 0 ? [{ type: type as LinkTypeName, handle: { in: values } }] : [];
    });
    const rows = await db.initiativeLink.findMany({
      where: { OR: byType },
      select: { initiativeId: true },
      take: 200,
    });
    for (const row of rows) hit(row.initiativeId, "handle");
  }

  if (names.length > 0) {
    // The search document's `names` holds every name and alias folded the same way (trigram
    // index); confirm each hit against whole names so "Kun" does not match "Kun Jarygy".
    const rows = await db.initiativeSearch.findMany({
      where: { OR: names.map((name) => ({ names: { contains: name } })) },
      select: {
        initiativeId: true,
        initiative: {
          select: {
            translations: { select: { name: true } },
            aliases: { select: { value: true } },
          },
        },
      },
      take: 200,
    });
    for (const row of rows) {
      const own = [
        ...row.initiative.translations.map((t) => t.name),
        ...row.initiative.aliases.map((a) => a.value),
      ].map(nameKey);
      if (names.some((name) => own.includes(name))) hit(row.initiativeId, "name");
    }
  }
  return hits;
}

/**
 * Existing initiatives (any state) and pending submissions that look like the same initiative.
 * Moderators see all of them; the public form names only published initiatives.
 */
export async function findDuplicates(
  db: MatchDb,
  data: Pick<SubmissionData, "name" | "altName" | "links">,
  { excludeSubmissionId }: { excludeSubmissionId?: string } = {},
): Promise<DuplicateCandidate[]> {
  const keys = matchKeysFor(data);
  if (keys.length === 0) return [];
  const found = new Map<string, DuplicateCandidate>();

  const hits = await matchInitiatives(db, keys);
  if (hits.size > 0) {
    const initiatives = await db.initiative.findMany({
      where: { id: { in: [...hits.keys()] } },
      select: {
        id: true,
        slug: true,
        state: true,
        translations: { select: { locale: true, name: true } },
      },
    });
    for (const initiative of initiatives) {
      const name =
        initiative.translations.find((t) => t.locale === "en")?.name ??
        initiative.translations[0]?.name ??
        initiative.slug;
      for (const reason of hits.get(initiative.id) ?? []) {
        add(
          found,
          {
            kind: "initiative",
            id: initiative.id,
            slug: initiative.slug,
            name,
            published: initiative.state === "PUBLISHED",
          },
          reason,
        );
      }
    }
  }

  const submissions = await db.submission.findMany({
    where: {
      status: { in: PENDING },
      matchKeys: { hasSome: keys },
      ...(excludeSubmissionId ? { id: { not: excludeSubmissionId } } : {}),
    },
    select: { id: true, data: true, matchKeys: true },
    orderBy: { createdAt: "desc" },
    take: MAX_CANDIDATES,
  });
  for (const submission of submissions) {
    const stored = submission.data as { name?: unknown } | null;
    const name = typeof stored?.name === "string" ? stored.name : "";
    for (const key of submission.matchKeys.filter((k) => keys.includes(k))) {
      add(
        found,
        { kind: "submission", id: submission.id, slug: null, name, published: false },
        reasonOf(key),
      );
    }
  }

  const order: DuplicateReason[] = ["website", "handle", "name"];
  return [...found.values()]
    .map((c) => ({ ...c, reasons: order.filter((r) => c.reasons.includes(r)) }))
    .slice(0, MAX_CANDIDATES);
}
