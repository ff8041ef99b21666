"use server";

import { z } from "zod";
import { adminAction, refuse, succeed, type ActionContext, type ActionState } from "@/lib/action";
import { decodeMessage, msg, type MessageCode, type MessageParams } from "@/lib/admin-i18n/codes";
import { audit } from "@/lib/audit";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import type { PublicationState } from "@/lib/generated/prisma/client";
import {
  displayName,
  editorFieldErrors,
  InitiativeEditorSchema,
  type InitiativeEditorValues,
} from "@/lib/initiatives/editor-schema";
import {
  checkReferences,
  createDraftInitiative,
  isSlugTaken,
  scalarData,
  slugLocked,
  writeContent,
} from "@/lib/initiatives/editor-write";
import { invalidateInitiative } from "@/lib/initiatives/invalidate";
import {
  diffSnapshots,
  editorSelect,
  loadSnapshot,
  recordRevision,
  toEditorInput,
  toSnapshot,
} from "@/lib/initiatives/revisions";
import { getMediaStorage } from "@/lib/media/storage";
import { isMediaKey } from "@/lib/media/urls";
import { refreshSearchDocument } from "@/lib/search/document";

/**
 * Editor mutations. Each goes through adminAction (session, capability, envelope validation),
 * then validates the editor values with the shared schema so errors name nested fields
 * ("links.0.value"), and loads the row to check what the role may do in its current state.
 * A refusal always returns the submitted values, so nothing typed is lost.
 */

const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 };
const NOT_FOUND = "initiatives.results.notFound" satisfies MessageCode;

function refusal<T>(
  code: MessageCode,
  values: Record<string, unknown>,
  fieldErrors?: Record<string, string[]>,
  params?: MessageParams,
): ActionState<T> {
  return refuse<T>(code, params, { fieldErrors, values });
}

const invalidFields = <T>(values: Record<string, unknown>, fieldErrors: Record<string, string[]>) =>
  refusal<T>("common.fieldsInvalid", values, fieldErrors);

function parseEditor(raw: Record<string, unknown>) {
  const parsed = InitiativeEditorSchema.safeParse(raw);
  if (parsed.success) return { ok: true as const, values: parsed.data };
  return { ok: false as const, state: invalidFields<never>(raw, editorFieldErrors(parsed.error)) };
}

/** A refusal decided inside a transaction, returned from it as a value. */
const refused = (code: MessageCode, params?: MessageParams) =>
  ({ kind: "refused", code, params }) as const;

const mayEditIn = (role: ActionContext["user"]["role"], state: PublicationState) =>
  state === "DRAFT" ? can(role, "initiative.editDraft") : can(role, "initiative.edit");

const CONTRIBUTOR_REFUSAL = "initiatives.results.contributorRefused" satisfies MessageCode;

const CreateEnvelope = z.record(z.string(), z.unknown());
const UpdateEnvelope = z.looseObject({ id: z.uuid({ error: msg("validation.unknown") }) });

/** Creates a draft from the editor's values. The slug is the one given, or made from the name. */
export const createInitiativeAction = adminAction(
  "initiative.create",
  CreateEnvelope,
  async (raw, { user, ip }): Promise<ActionState<{ id: string; slug: string }>> => {
    const parsed = parseEditor(raw);
    if (!parsed.ok) return parsed.state;
    const v = parsed.values;
    const errors = await checkReferences(db, v, null);
    if (errors) return invalidFields(raw, errors);
    try {
      const created = await db.$transaction(async (tx) => {
        if (v.slug && (await tx.initiative.findUnique({ where: { slug: v.slug } }))) return null;
        const { revision, ...row } = await createDraftInitiative(tx, v, {
          authorId: user.id,
          name: displayName(v),
          slug: v.slug,
        });
        await audit(tx, {
          actor: user,
          action: "initiative.create",
          entityType: "initiative",
          entityId: row.id,
          ip,
          details: { slug: row.slug, name: displayName(v), changed: revision.changed.length },
        });
        return row;
      }, TX_OPTIONS);
      if (!created) {
        return invalidFields(raw, { slug: [msg("initiatives.results.slugTaken")] });
      }
      return succeed("initiatives.results.created", undefined, { data: created });
    } catch (error) {
      if (!isSlugTaken(error)) throw error;
      return refusal("initiatives.results.retry", raw, {
        slug: [msg("initiatives.results.slugRace")],
      });
    }
  },
);

/** A refused save because someone saved since; the editor recognises it by its code. */
function conflict<T>(by: string | null, at: Date, values: Record<string, unknown>): ActionState<T> {
  const date = at.toISOString().slice(0, 16).replace("T", " ");
  return by
    ? refusal<T>("initiatives.results.conflict", values, undefined, { email: by, date })
    : refusal<T>("initiatives.results.conflictUnknown", values, undefined, { date });
}

export interface SavedInitiative {
  id: string;
  slug: string;
  version: number;
  changed: string[];
  /** The entry as now stored, for the editor to show. */
  values: InitiativeEditorValues;
}

async function storedValues(id: string): Promise<InitiativeEditorValues> {
  const row = await db.initiative.findUniqueOrThrow({ where: { id }, select: editorSelect });
  return toEditorInput(row);
}

/**
 * Saves the editor's values over the entry, in one transaction, only if nobody saved since the
 * version the editor loaded (optimistic locking): the row is locked, its version compared, and
 * the UPDATE names the expected version too.
 */
export const updateInitiativeAction = adminAction(
  "initiative.editDraft",
  UpdateEnvelope,
  async (payload, { user, ip }): Promise<ActionState<SavedInitiative>> => {
    // `raw` (the whole submission, id included) is echoed back on every refusal.
    const { id, ...editor } = payload;
    const raw: Record<string, unknown> = payload;
    const parsed = InitiativeEditorSchema.safeParse(editor);
    if (!parsed.success) return invalidFields(raw, editorFieldErrors(parsed.error));
    const v = parsed.data;
    const errors = await checkReferences(db, v, id);
    if (errors) return invalidFields(raw, errors);

    const outcome = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Initiative" WHERE "id" = ${id}::uuid FOR UPDATE`;
      const current = await tx.initiative.findUnique({
        where: { id },
        select: {
          slug: true,
          state: true,
          version: true,
          publishedAt: true,
          updatedAt: true,
          updatedBy: { select: { email: true } },
        },
      });
      if (!current) return { kind: "missing" } as const;
      if (!mayEditIn(user.role, current.state)) return { kind: "forbidden" } as const;
      if (current.version !== v.version) return { kind: "conflict", current } as const;
      const slug = v.slug || current.slug;
      if (slug !== current.slug) {
        if (slugLocked(current))
          return { kind: "slug", code: "initiatives.results.slugLocked" } as const;
        if (await tx.initiative.findUnique({ where: { slug } }))
          return { kind: "slug", code: "initiatives.results.slugTaken" } as const;
      }
      const before = await loadSnapshot(tx, id);
      const after = toSnapshot({ ...v, slug });
      if (before && diffSnapshots(before, after).length === 0)
        return { kind: "unchanged", version: current.version, slug } as const;

      // Entries written outside the editor (the seed, imports) have no revision yet: keep their
      // state before this first edit, so the edit's revision lists only what it changed.
      if (!(await tx.revision.findFirst({ where: { initiativeId: id }, select: { id: true } })))
        await recordRevision(tx, { initiativeId: id, action: "create", authorId: null });
      const updated = await tx.initiative.updateMany({
        where: { id, version: v.version },
        data: { ...scalarData(v), slug, version: { increment: 1 }, updatedById: user.id },
      });
      if (updated.count !== 1) return { kind: "conflict", current } as const;
      await writeContent(tx, id, v);
      await refreshSearchDocument(tx, id);
      const revision = await recordRevision(tx, {
        initiativeId: id,
        action: "update",
        authorId: user.id,
      });
      await audit(tx, {
        actor: user,
        action: "initiative.update",
        entityType: "initiative",
        entityId: id,
        ip,
        details: { version: revision.version, changed: revision.changed },
      });
      return {
        kind: "saved",
        slug,
        oldSlug: current.slug,
        public: current.state === "PUBLISHED" || current.publishedAt !== null,
        version: revision.version,
        changed: revision.changed,
      } as const;
    }, TX_OPTIONS);

    switch (outcome.kind) {
      case "missing":
        return refusal(NOT_FOUND, raw);
      case "forbidden":
        return refusal(CONTRIBUTOR_REFUSAL, raw);
      case "conflict":
        return conflict(outcome.current.updatedBy?.email ?? null, outcome.current.updatedAt, raw);
      case "slug":
        return invalidFields(raw, { slug: [msg(outcome.code)] });
      case "unchanged":
        return succeed("initiatives.results.unchanged", undefined, {
          data: {
            id,
            slug: outcome.slug,
            version: outcome.version,
            changed: [],
            values: await storedValues(id),
          },
        });
      case "saved":
        if (outcome.public) invalidateInitiative(outcome.slug, outcome.oldSlug);
        return succeed(
          "initiatives.results.saved",
          { version: outcome.version },
          {
            data: {
              id,
              slug: outcome.slug,
              version: outcome.version,
              changed: outcome.changed,
              values: await storedValues(id),
            },
          },
        );
    }
  },
);

/**
 * Restores a revision's content as the entry's new draft. A restore never publishes and never
 * touches a published entry: while the entry is published it is refused (unpublish first, which
 * makes it a draft). Restoring an entry in review or archived returns it to DRAFT, as new content
 * that has not been reviewed. A slug that is locked (ever published) or now taken is kept as is.
 */
export const restoreRevisionAction = adminAction(
  "initiative.restore",
  z.object({ revisionId: z.uuid({ error: msg("validation.unknown") }) }),
  async ({ revisionId }, { user, ip }): Promise<ActionState<SavedInitiative>> => {
    const values = { revisionId };
    const outcome = await db.$transaction(async (tx) => {
      const revision = await tx.revision.findUnique({
        where: { id: revisionId },
        select: { initiativeId: true, snapshot: true, version: true },
      });
      if (!revision) return refused("initiatives.results.revisionMissing");
      const id = revision.initiativeId;
      await tx.$queryRaw`SELECT 1 FROM "Initiative" WHERE "id" = ${id}::uuid FOR UPDATE`;
      const current = await tx.initiative.findUnique({
        where: { id },
        select: { slug: true, state: true, version: true, publishedAt: true },
      });
      if (!current) return refused(NOT_FOUND);
      if (current.state === "PUBLISHED") return refused("initiatives.results.restorePublished");
      if (!mayEditIn(user.role, current.state)) return refused(CONTRIBUTOR_REFUSAL);
      const parsed = InitiativeEditorSchema.safeParse({
        ...(revision.snapshot as Record<string, unknown>),
        version: current.version,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // The reason is itself a code (the schema's), worded where the outcome is shown.
        return refused("initiatives.results.restoreInvalid", {
          reason:
            issue && decodeMessage(issue.message) ? issue.message : msg("common.fieldsInvalid"),
        });
      }
      const v = parsed.data;
      const problems = await checkReferences(tx, v, id);
      if (problems) {
        return refused("initiatives.results.restoreReferences", {
          fields: Object.keys(problems).join(", "),
        });
      }
      const slugFree =
        v.slug === current.slug ||
        (!slugLocked(current) && !(await tx.initiative.findUnique({ where: { slug: v.slug } })));
      const slug = v.slug && slugFree ? v.slug : current.slug;
      await tx.initiative.update({
        where: { id },
        data: {
          ...scalarData(v),
          slug,
          state: "DRAFT",
          submittedAt: null,
          version: { increment: 1 },
          updatedById: user.id,
        },
      });
      await writeContent(tx, id, v);
      await refreshSearchDocument(tx, id);
      const saved = await recordRevision(tx, {
        initiativeId: id,
        action: "restore",
        authorId: user.id,
      });
      await audit(tx, {
        actor: user,
        action: "initiative.restore",
        entityType: "initiative",
        entityId: id,
        ip,
        details: { revisionId, restoredVersion: revision.version, version: saved.version },
      });
      return {
        kind: "restored",
        id,
        slug,
        version: saved.version,
        changed: saved.changed,
      } as const;
    }, TX_OPTIONS);
    if (outcome.kind === "refused") return refusal(outcome.code, values, undefined, outcome.params);
    return succeed(
      "initiatives.results.restored",
      { version: outcome.version },
      {
        data: {
          id: outcome.id,
          slug: outcome.slug,
          version: outcome.version,
          changed: outcome.changed,
          values: await storedValues(outcome.id),
        },
      },
    );
  },
);

const PRESENCE_WINDOW_SECONDS = 60;

export interface PresenceState {
  /** Other staff with the entry open in the last minute. */
  others: { email: string; name: string }[];
  /** The entry's saved version, so an editor can warn before a save would be refused. */
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

/** Records that the current user has the entry open; returns who else has. Times are the
 * database's, so app instances with drifting clocks agree. */
export const heartbeatPresenceAction = adminAction(
  "initiative.read",
  z.object({ initiativeId: z.uuid() }),
  async ({ initiativeId }, { user }): Promise<ActionState<PresenceState>> => {
    const initiative = await db.initiative.findUnique({
      where: { id: initiativeId },
      select: { version: true, updatedAt: true, updatedBy: { select: { email: true } } },
    });
    if (!initiative) return refuse(NOT_FOUND);
    await db.$executeRaw`
      INSERT INTO "EditPresence" ("initiativeId", "userId", "lastSeenAt")
      VALUES (${initiativeId}::uuid, ${user.id}::uuid, now() AT TIME ZONE 'UTC')
      ON CONFLICT ("initiativeId", "userId") DO UPDATE SET "lastSeenAt" = EXCLUDED."lastSeenAt"`;
    const others = await db.$queryRaw<{ email: string; name: string }[]>`
      SELECT u."email", u."name" FROM "EditPresence" p JOIN "User" u ON u."id" = p."userId"
      WHERE p."initiativeId" = ${initiativeId}::uuid AND p."userId" <> ${user.id}::uuid
        AND u."active"
        AND p."lastSeenAt" > (now() AT TIME ZONE 'UTC') - make_interval(secs => ${PRESENCE_WINDOW_SECONDS})
      ORDER BY u."email"`;
    return {
      ok: true,
      message: "",
      data: {
        others,
        version: initiative.version,
        updatedBy: initiative.updatedBy?.email ?? null,
        updatedAt: initiative.updatedAt.toISOString(),
      },
    };
  },
);

/** Deletes a draft or archived entry for good (admins only); published ones must leave first. */
export const deleteInitiativeAction = adminAction(
  "initiative.delete",
  z.object({ id: z.uuid({ error: msg("validation.unknown") }) }),
  async ({ id }, { user, ip }): Promise<ActionState> => {
    const outcome = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Initiative" WHERE "id" = ${id}::uuid FOR UPDATE`;
      const current = await tx.initiative.findUnique({
        where: { id },
        select: {
          slug: true,
          state: true,
          publishedAt: true,
          translations: { select: { locale: true, name: true } },
          logo: { select: { id: true, variants: true } },
          cover: { select: { id: true, variants: true } },
        },
      });
      if (!current) return refused(NOT_FOUND);
      if (current.state !== "DRAFT" && current.state !== "ARCHIVED")
        return refused("initiatives.results.deleteState");
      await tx.initiative.delete({ where: { id } });
      const images = [current.logo, current.cover].filter((m) => m !== null);
      await tx.media.deleteMany({ where: { id: { in: images.map((m) => m.id) } } });
      await audit(tx, {
        actor: user,
        action: "initiative.delete",
        entityType: "initiative",
        entityId: id,
        ip,
        details: {
          slug: current.slug,
          state: current.state,
          names: Object.fromEntries(current.translations.map((t) => [t.locale, t.name])),
        },
      });
      const keys = images.flatMap((m) => Object.values(m.variants as Record<string, unknown>));
      return { kind: "deleted", current, keys } as const;
    }, TX_OPTIONS);
    if (outcome.kind === "refused") return refusal(outcome.code, { id });
    const storage = getMediaStorage();
    await Promise.all(
      outcome.keys
        .filter((key): key is string => typeof key === "string" && isMediaKey(key))
        .map((key) => storage.delete(key).catch(() => {})),
    );
    if (outcome.current.publishedAt) invalidateInitiative(outcome.current.slug);
    return succeed("initiatives.results.deleted", { slug: outcome.current.slug });
  },
);
