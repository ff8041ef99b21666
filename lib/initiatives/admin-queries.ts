import "server-only";
import { requireCapability } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import { pickText } from "@/lib/i18n/fallback";
import {
  displayName,
  emptyEditorValues,
  type EditorSnapshot,
  type InitiativeEditorValues,
} from "@/lib/initiatives/editor-schema";
import { taxonName } from "@/lib/initiatives/queries";
import {
  editorSelect,
  REVISION_ORDER,
  toEditorInput,
  toSnapshot,
} from "@/lib/initiatives/revisions";
import { mediaPreview, type MediaPreview } from "@/lib/media/urls";

/**
 * Staff reads for the initiative editor. Each one checks the caller's capability itself: the
 * admin layout only hides what these would refuse.
 */

export { toEditorInput };

const nameSelect = { select: { locale: true, name: true } } as const;

export interface EditorMeta {
  id: string;
  slug: string;
  state: PublicationState;
  publishedAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
  /** Whether the current user may save changes in the entry's present state. */
  canEdit: boolean;
  canDelete: boolean;
  /** Previews of the images the values refer to, by media id. */
  media: Record<string, MediaPreview>;
}

/** The entry as the editor loads it, or null when there is none. */
export async function getInitiativeEditor(
  id: string,
): Promise<{ values: InitiativeEditorValues; meta: EditorMeta } | null> {
  const user = await requireCapability("initiative.read");
  const row = await db.initiative.findUnique({
    where: { id },
    select: {
      ...editorSelect,
      state: true,
      publishedAt: true,
      updatedAt: true,
      updatedBy: { select: { email: true } },
      logo: { select: { id: true, alt: true, variants: true } },
      cover: { select: { id: true, alt: true, variants: true } },
    },
  });
  if (!row) return null;
  const media: Record<string, MediaPreview> = {};
  for (const m of [row.logo, row.cover]) if (m) media[m.id] = mediaPreview(m.variants);
  return {
    values: toEditorInput(row),
    meta: {
      id: row.id,
      slug: row.slug,
      state: row.state,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy?.email ?? null,
      canEdit:
        can(user.role, "initiative.edit") ||
        (row.state === "DRAFT" && can(user.role, "initiative.editDraft")),
      canDelete:
        can(user.role, "initiative.delete") && (row.state === "DRAFT" || row.state === "ARCHIVED"),
      media,
    },
  };
}

/**
 * A revision's content for the editor to start from, with the entry's current version (so
 * saving it is an ordinary, version-checked save). Snapshots written before a field existed get
 * that field's empty value.
 */
export async function getRevisionForEditor(
  initiativeId: string,
  revisionId: string,
): Promise<{
  id: string;
  version: number;
  createdAt: string;
  values: InitiativeEditorValues;
} | null> {
  await requireCapability("initiative.read");
  const revision = await db.revision.findFirst({
    where: { id: revisionId, initiativeId },
    select: {
      id: true,
      version: true,
      createdAt: true,
      snapshot: true,
      initiative: { select: { version: true } },
    },
  });
  if (!revision) return null;
  const empty = emptyEditorValues();
  const snapshot = revision.snapshot as Partial<EditorSnapshot>;
  return {
    id: revision.id,
    version: revision.version,
    createdAt: revision.createdAt.toISOString(),
    values: {
      ...empty,
      ...snapshot,
      translations: { ...empty.translations, ...snapshot.translations },
      version: revision.initiative.version,
    },
  };
}

export interface EditorOptions {
  countries: { code: string; name: string }[];
  causes: { id: string; name: string }[];
  orgTypes: { id: string; name: string }[];
  funders: { id: string; name: string }[];
}

/** Taxonomy and funders to pick from, named in English (the admin speaks English). */
export async function listEditorOptions(): Promise<EditorOptions> {
  await requireCapability("initiative.read");
  const [countries, causes, orgTypes, funders] = await Promise.all([
    db.country.findMany({
      orderBy: { sortOrder: "asc" },
      select: { code: true, translations: nameSelect },
    }),
    db.cause.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, translations: nameSelect },
    }),
    db.orgType.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, translations: nameSelect },
    }),
    db.funder.findMany({ select: { id: true, name: true } }),
  ]);
  return {
    countries: countries.map((c) => ({ code: c.code, name: taxonName(c.translations, "en") })),
    causes: causes.map((c) => ({ id: c.id, name: taxonName(c.translations, "en") })),
    orgTypes: orgTypes.map((o) => ({ id: o.id, name: taxonName(o.translations, "en") })),
    funders: funders
      .map((f) => ({ id: f.id, name: pickText(f.name, "en") }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export interface RevisionRow {
  id: string;
  version: number;
  action: string;
  changed: string[];
  createdAt: string;
  author: string | null;
}

export interface RevisionHistory {
  initiative: { id: string; name: string; slug: string; state: PublicationState; version: number };
  /** Newest first. */
  revisions: RevisionRow[];
  /** The revision shown in the diff (the newest unless one is asked for), the one before it and
   * the entry's current content. */
  selected: { id: string; snapshot: EditorSnapshot; previous: EditorSnapshot | null } | null;
  current: EditorSnapshot;
  canRestore: boolean;
}

const HISTORY_LIMIT = 200;

/** An entry's revisions with the snapshots needed to show one of them as a diff. */
export async function getRevisionHistory(
  id: string,
  selectedId?: string,
): Promise<RevisionHistory | null> {
  const user = await requireCapability("initiative.read");
  const row = await db.initiative.findUnique({
    where: { id },
    select: { ...editorSelect, state: true },
  });
  if (!row) return null;
  const revisions = await db.revision.findMany({
    where: { initiativeId: id },
    orderBy: REVISION_ORDER,
    take: HISTORY_LIMIT,
    select: {
      id: true,
      version: true,
      action: true,
      changed: true,
      createdAt: true,
      author: { select: { email: true } },
    },
  });
  const index = Math.max(
    0,
    revisions.findIndex((r) => r.id === selectedId),
  );
  const pair = [revisions[index]?.id, revisions[index + 1]?.id].filter((value): value is string =>
    Boolean(value),
  );
  const snapshots = new Map(
    (
      await db.revision.findMany({
        where: { id: { in: pair } },
        select: { id: true, snapshot: true },
      })
    ).map((r) => [r.id, r.snapshot as unknown as EditorSnapshot]),
  );
  const selected = revisions[index];
  const current = toSnapshot(toEditorInput(row));
  return {
    initiative: {
      id: row.id,
      name: displayName(current) || row.slug,
      slug: row.slug,
      state: row.state,
      version: row.version,
    },
    revisions: revisions.map((r) => ({
      id: r.id,
      version: r.version,
      action: r.action,
      changed: r.changed,
      createdAt: r.createdAt.toISOString(),
      author: r.author?.email ?? null,
    })),
    selected: selected
      ? {
          id: selected.id,
          snapshot: snapshots.get(selected.id)!,
          previous: snapshots.get(revisions[index + 1]?.id ?? "") ?? null,
        }
      : null,
    current,
    canRestore:
      row.state !== "PUBLISHED" &&
      (can(user.role, "initiative.edit") ||
        (row.state === "DRAFT" && can(user.role, "initiative.restore"))),
  };
}
