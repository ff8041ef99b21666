import "server-only";
import type { ActionContext } from "@/lib/action";
import { msg, type MessageCode, type MessageParams } from "@/lib/admin-i18n/codes";
import { audit } from "@/lib/audit";
import { can } from "@/lib/authz";
import type { Db } from "@/lib/db-client";
import type { PublicationState } from "@/lib/generated/prisma/client";
import { pickTranslation } from "@/lib/i18n/fallback";
import { EDITOR_LIMITS } from "@/lib/initiatives/editor-schema";
import type { Tx } from "@/lib/initiatives/editor-write";
import { recordRevision } from "@/lib/initiatives/revisions";
import { refreshSearchDocument } from "@/lib/search/document";

/**
 * What staff decide about a candidate: attach its article to an initiative as a source, create
 * a draft from it (draft.ts), or dismiss it. Each runs in one transaction that locks the
 * candidate row and checks it is still NEW, so two staff members cannot both decide. Initiative
 * writes record a revision; the caller invalidates caches after the commit.
 */

export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 };

export type Decision<T> =
  | { ok: true; code: MessageCode; params: MessageParams; data: T }
  | {
      ok: false;
      code: MessageCode;
      params?: MessageParams;
      fieldErrors?: Record<string, string[]>;
    };

export const fail = (
  code: MessageCode,
  params?: MessageParams,
  fieldErrors?: Record<string, string[]>,
): Decision<never> => ({ ok: false, code, params, fieldErrors });

export const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

type Locked = NonNullable<Awaited<ReturnType<typeof lockCandidate>>>;

export async function lockCandidate(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "ImportCandidate" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return tx.importCandidate.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      title: true,
      url: true,
      publisher: true,
      publishedAt: true,
      locale: true,
      excerpt: true,
    },
  });
}

/** Why a candidate cannot be decided now, or null when it can. */
export function notDecidable(candidate: Locked | null): Decision<never> | null {
  if (!candidate) return fail("imports.results.notFound");
  if (candidate.status !== "NEW") {
    return fail("imports.results.decided", {
      status: msg(`imports.candidates.statuses.${candidate.status}`),
    });
  }
  return null;
}

const mayEditIn = (role: ActionContext["user"]["role"], state: PublicationState) =>
  state === "DRAFT" ? can(role, "initiative.editDraft") : can(role, "initiative.edit");

/** The article as the Source model and the editor hold it. */
export function sourceOf(candidate: Locked) {
  const today = new Date().toISOString().slice(0, 10);
  const day = candidate.publishedAt?.toISOString().slice(0, 10) ?? "";
  return {
    title: clip(candidate.title, EDITOR_LIMITS.sourceTitle),
    publisher: candidate.publisher ? clip(candidate.publisher, EDITOR_LIMITS.publisher) : "",
    url: candidate.url ?? "",
    // The editor refuses future dates; a feed's clock may be ahead of ours.
    publishedAt: day && day <= today ? day : "",
    locale: candidate.locale ?? "",
  } as const;
}

export async function markDecided(
  tx: Tx,
  id: string,
  status: "ATTACHED" | "DRAFTED" | "DISMISSED",
  userId: string,
  initiativeId: string | null,
) {
  await tx.importCandidate.update({
    where: { id },
    data: { status, initiativeId, decidedById: userId, decidedAt: new Date() },
  });
}

export interface Attached {
  initiativeId: string;
  slug: string;
  name: string;
  /** Whether public pages show the initiative (their caches must be invalidated). */
  public: boolean;
  added: boolean;
}

/**
 * Adds the candidate's article to the initiative's sources. Editing a draft needs
 * initiative.editDraft, any other state initiative.edit (as in the editor). An article the
 * initiative already cites is not added twice; the candidate is marked attached all the same.
 */
export async function attachCandidate(
  db: Db,
  { user, ip }: ActionContext,
  input: { candidateId: string; initiativeId: string },
): Promise<Decision<Attached>> {
  return db.$transaction(async (tx) => {
    const candidate = await lockCandidate(tx, input.candidateId);
    const refused = notDecidable(candidate);
    if (refused || !candidate) return refused ?? fail("imports.results.notFound");
    const id = input.initiativeId;
    await tx.$queryRaw`SELECT 1 FROM "Initiative" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const initiative = await tx.initiative.findUnique({
      where: { id },
      select: {
        slug: true,
        state: true,
        publishedAt: true,
        translations: { select: { locale: true, name: true } },
      },
    });
    if (!initiative) {
      return fail("imports.results.initiativeMissing", undefined, {
        initiativeId: [msg("imports.results.initiativeMissing")],
      });
    }
    if (!mayEditIn(user.role, initiative.state)) return fail("imports.results.notEditable");
    const name = pickTranslation(initiative.translations, "en")?.value.name ?? initiative.slug;
    const source = sourceOf(candidate);
    const cited = source.url
      ? await tx.source.findFirst({ where: { initiativeId: id, url: source.url } })
      : null;
    if (!cited) {
      // Entries written outside the editor (the seed, imports) have no revision yet: keep their
      // state before this change, so the revision below lists only the new source.
      if (!(await tx.revision.findFirst({ where: { initiativeId: id }, select: { id: true } })))
        await recordRevision(tx, { initiativeId: id, action: "create", authorId: null });
      // A new version: an editor open on the entry must reload instead of saving over it.
      await tx.initiative.update({
        where: { id },
        data: { version: { increment: 1 }, updatedById: user.id },
      });
      await tx.source.create({
        data: {
          initiativeId: id,
          title: source.title,
          publisher: source.publisher || null,
          url: source.url || null,
          publishedAt: source.publishedAt ? new Date(source.publishedAt) : null,
          locale: source.locale || null,
        },
      });
      await refreshSearchDocument(tx, id);
      await recordRevision(tx, { initiativeId: id, action: "update", authorId: user.id });
    }
    await markDecided(tx, candidate.id, "ATTACHED", user.id, id);
    await audit(tx, {
      actor: user,
      action: "import.attach",
      entityType: "initiative",
      entityId: id,
      ip,
      details: { candidateId: candidate.id, url: source.url, added: !cited },
    });
    return {
      ok: true as const,
      code: cited ? "imports.results.alreadySource" : "imports.results.attached",
      params: { name },
      data: {
        initiativeId: id,
        slug: initiative.slug,
        name,
        public: initiative.state === "PUBLISHED" || initiative.publishedAt !== null,
        added: !cited,
      },
    };
  }, TX_OPTIONS);
}

export async function dismissCandidate(
  db: Db,
  { user, ip }: ActionContext,
  candidateId: string,
): Promise<Decision<null>> {
  return db.$transaction(async (tx) => {
    const candidate = await lockCandidate(tx, candidateId);
    const refused = notDecidable(candidate);
    if (refused || !candidate) return refused ?? fail("imports.results.notFound");
    await markDecided(tx, candidate.id, "DISMISSED", user.id, null);
    await audit(tx, {
      actor: user,
      action: "import.dismiss",
      entityType: "import_candidate",
      entityId: candidate.id,
      ip,
      details: { title: candidate.title },
    });
    return {
      ok: true as const,
      code: "imports.results.dismissed" as const,
      params: { title: candidate.title },
      data: null,
    };
  }, TX_OPTIONS);
}
