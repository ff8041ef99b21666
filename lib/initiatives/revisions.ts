import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/i18n/locales";
import {
  emptyEditorValues,
  emptyTranslation,
  type EditorSnapshot,
  type InitiativeEditorValues,
} from "@/lib/initiatives/editor-schema";

/**
 * Revisions: every save stores the full editor snapshot with the paths that changed since the
 * previous revision. This module holds no database client of its own (callers pass their
 * transaction), so its pure helpers are usable anywhere.
 */

/** Everything the editor shows, in a stable order (rows without sortOrder are ordered by id,
 * which the writer makes follow the editor's order). */
export const editorSelect = {
  id: true,
  slug: true,
  version: true,
  activityStatus: true,
  lastVerifiedAt: true,
  foundedYear: true,
  sensitive: true,
  featured: true,
  orgTypeId: true,
  primaryCauseId: true,
  logo: { select: { id: true, alt: true } },
  cover: { select: { id: true, alt: true } },
  translations: {
    select: {
      locale: true,
      name: true,
      summary: true,
      description: true,
      region: true,
      city: true,
      status: true,
    },
  },
  aliases: { select: { value: true, locale: true }, orderBy: { id: "asc" } },
  countries: { select: { countryCode: true } },
  causes: { select: { causeId: true } },
  links: { select: { type: true, url: true, label: true }, orderBy: { sortOrder: "asc" } },
  people: { select: { name: true, role: true, isPublic: true }, orderBy: { sortOrder: "asc" } },
  fundings: {
    select: { funderId: true, programme: true, startYear: true, endYear: true },
    orderBy: { id: "asc" },
  },
  impacts: {
    select: { label: true, value: true, unit: true, year: true, sourceId: true },
    orderBy: { sortOrder: "asc" },
  },
  sources: {
    select: { id: true, title: true, publisher: true, url: true, publishedAt: true, locale: true },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.InitiativeSelect;

export type EditorRow = Prisma.InitiativeGetPayload<{ select: typeof editorSelect }>;

/** A JSON {locale: text} map as the editor holds it (known locales, non-empty text only). */
function localizedFromJson(value: unknown): Partial<Record<ContentLocale, string>> {
  if (!value || typeof value !== "object") return {};
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    CONTENT_LOCALES.flatMap((locale) => {
      const text = record[locale];
      return typeof text === "string" && text ? [[locale, text]] : [];
    }),
  );
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** A database row in the editor's shape: the same values parsing the editor's input produces. */
export function toEditorInput(row: EditorRow): InitiativeEditorValues {
  const empty = emptyEditorValues();
  const translations = { ...empty.translations };
  for (const t of row.translations) {
    translations[t.locale] = {
      ...emptyTranslation(),
      name: t.name,
      summary: t.summary,
      description: t.description,
      region: t.region ?? "",
      city: t.city ?? "",
      status: t.status,
    };
  }
  const sourceIndex = new Map(row.sources.map((source, index) => [source.id, index]));
  const media = (m: { id: string; alt: unknown } | null) =>
    m ? { id: m.id, alt: localizedFromJson(m.alt) } : null;
  return {
    version: row.version,
    slug: row.slug,
    translations,
    aliases: row.aliases.map((a) => ({ value: a.value, locale: a.locale ?? "" })),
    countries: row.countries.map((c) => c.countryCode).sort(),
    causes: row.causes.map((c) => c.causeId).sort(),
    primaryCauseId: row.primaryCauseId ?? "",
    orgTypeId: row.orgTypeId ?? "",
    foundedYear: row.foundedYear,
    activityStatus: row.activityStatus,
    lastVerifiedAt: isoDay(row.lastVerifiedAt),
    sensitive: row.sensitive,
    featured: row.featured,
    links: row.links.map((l) => ({ type: l.type, value: l.url, label: l.label ?? "" })),
    people: row.people.map((p) => ({
      name: p.name,
      role: localizedFromJson(p.role),
      isPublic: p.isPublic,
    })),
    fundings: row.fundings.map((f) => ({
      funder: { kind: "existing" as const, id: f.funderId },
      programme: localizedFromJson(f.programme),
      startYear: f.startYear,
      endYear: f.endYear,
    })),
    impacts: row.impacts.map((i) => ({
      label: localizedFromJson(i.label),
      value: i.value.toNumber(),
      unit: localizedFromJson(i.unit),
      year: i.year,
      sourceIndex: i.sourceId ? (sourceIndex.get(i.sourceId) ?? null) : null,
    })),
    sources: row.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher ?? "",
      url: s.url ?? "",
      publishedAt: isoDay(s.publishedAt),
      locale: s.locale ?? "",
    })),
    logo: media(row.logo),
    cover: media(row.cover),
  };
}

export function toSnapshot(values: InitiativeEditorValues): EditorSnapshot {
  const { version: _version, ...snapshot } = values;
  return snapshot;
}

export function emptySnapshot(): EditorSnapshot {
  return toSnapshot(emptyEditorValues());
}

type Reader = Pick<Db, "initiative">;

/** The initiative's current content as a snapshot, or null when it does not exist. */
export async function loadSnapshot(tx: Reader, id: string): Promise<EditorSnapshot | null> {
  const row = await tx.initiative.findUnique({ where: { id }, select: editorSelect });
  return row ? toSnapshot(toEditorInput(row)) : null;
}

export type RevisionAction =
  "create" | "update" | "submit" | "publish" | "unpublish" | "archive" | "restore" | "schedule";

/** Newest first; revisions written in one transaction share createdAt, so version breaks ties. */
export const REVISION_ORDER = [
  { createdAt: "desc" },
  { version: "desc" },
  { id: "desc" },
] as const satisfies Prisma.RevisionOrderByWithRelationInput[];

/**
 * Records the initiative's current state as a revision, inside the caller's transaction and after
 * its writes: the snapshot is read back from the database, `changed` lists the paths that differ
 * from the previous revision (everything filled in, for the first one), and `version` is the
 * initiative's version as it now stands.
 */
export async function recordRevision(
  tx: Pick<Db, "initiative" | "revision">,
  {
    initiativeId,
    action,
    authorId,
  }: { initiativeId: string; action: RevisionAction; authorId: string | null },
) {
  const row = await tx.initiative.findUnique({ where: { id: initiativeId }, select: editorSelect });
  if (!row) throw new Error(`recordRevision: no initiative ${initiativeId}`);
  const snapshot = toSnapshot(toEditorInput(row));
  const previous = await tx.revision.findFirst({
    where: { initiativeId },
    orderBy: REVISION_ORDER,
    select: { snapshot: true },
  });
  const before = (previous?.snapshot as EditorSnapshot | undefined) ?? emptySnapshot();
  const changed = diffSnapshots(before, snapshot).map((d) => d.path);
  return tx.revision.create({
    data: {
      initiativeId,
      version: row.version,
      action,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      changed,
      authorId,
      createdAt: new Date(),
    },
    select: { id: true, version: true, action: true, changed: true, createdAt: true },
  });
}

export interface SnapshotChange {
  /** Dotted path, e.g. "translations.ru.name", "links.2", "countries". */
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/**
 * The differences between two snapshots, leaf by leaf. Objects are compared key by key, lists
 * of objects item by item (an added or removed item is one change), lists of plain values
 * (countries, causes) as a whole. Missing, null, "" and empty lists count as the same "nothing",
 * so snapshots written before a field existed compare cleanly.
 */
export function diffSnapshots(a: unknown, b: unknown, path = ""): SnapshotChange[] {
  if (sameValue(a, b)) return [];
  const join = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => diffSnapshots(a[key], b[key], join(key)));
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every(isObject)) {
    const length = Math.max(a.length, b.length);
    return Array.from({ length }, (_, i) =>
      i < a.length && i < b.length
        ? diffSnapshots(a[i], b[i], join(i))
        : [{ path: join(i), before: a[i], after: b[i] }],
    ).flat();
  }
  // A value that appears or disappears inside an object: list its leaves, so "changed" names
  // fields ("translations.uz.name") rather than whole groups.
  if (isObject(a) && isEmpty(b)) return diffSnapshots(a, {}, path);
  if (isEmpty(a) && isObject(b)) return diffSnapshots({}, b, path);
  return [{ path, before: a, after: b }];
}

export interface WordSegment {
  text: string;
  kind: "same" | "added" | "removed";
}

const MAX_LCS_CELLS = 2_000_000;

/**
 * A word-level diff for showing text changes. The common beginning and end are cut first (edits
 * are usually local); what remains is compared with a longest-common-subsequence table, or shown
 * as one removal and one addition when it is too long for that.
 */
export function diffWords(before: string, after: string): WordSegment[] {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const segments: WordSegment[] = [];
  const push = (text: string, kind: WordSegment["kind"]) => {
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += text;
    else if (text) segments.push({ text, kind });
  };
  push(a.slice(0, start).join(""), "same");
  if ((midA.length + 1) * (midB.length + 1) > MAX_LCS_CELLS) {
    push(midA.join(""), "removed");
    push(midB.join(""), "added");
  } else {
    const n = midA.length;
    const m = midB.length;
    // lcs[i][j]: length of the LCS of midA[i..] and midB[j..].
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] =
          midA[i] === midB[j]
            ? lcs[i + 1]![j + 1]! + 1
            : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(midA[i++]!, "same");
        j++;
      } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
        push(midA[i++]!, "removed");
      } else {
        push(midB[j++]!, "added");
      }
    }
  }
  push(a.slice(endA).join(""), "same");
  return segments;
}
