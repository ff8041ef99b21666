import type { Db } from "@/lib/db-client";
import { audit } from "@/lib/audit";
import type { PublicationState, Role } from "@/lib/generated/prisma/enums";
import { can, type Capability } from "@/lib/authz";
import { queuePublishedEmails } from "@/lib/email/queue";
import { recordRevision } from "@/lib/initiatives/revisions";
import { refreshSearchDocument } from "@/lib/search/document";

export type Transition = "submit" | "publish" | "unpublish" | "archive";

/** Where each transition may start, where it ends, and who may make it. */
export const TRANSITIONS: Record<
  Transition,
  { from: readonly PublicationState[]; to: PublicationState; capability: Capability }
> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", capability: "initiative.submit" },
  publish: {
    from: ["DRAFT", "IN_REVIEW", "ARCHIVED"],
    to: "PUBLISHED",
    capability: "initiative.publish",
  },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT", capability: "initiative.unpublish" },
  archive: {
    from: ["DRAFT", "IN_REVIEW", "PUBLISHED"],
    to: "ARCHIVED",
    capability: "initiative.archive",
  },
};

export type TransitionResult =
  | { ok: true; slug: string; wasPublic: boolean; isPublic: boolean }
  | {
      ok: false;
      message: string;
      code: "forbidden" | "not_found" | "wrong_state";
      state?: PublicationState;
    };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface Actor {
  id: string | null;
  email: string | null;
  role: Role | null;
}

/**
 * Moves one initiative to another state inside the caller's transaction: the row is locked, the
 * move checked against the state it is really in, the search document rebuilt, a revision and an
 * audit entry written. Content and `version` are untouched (a state change is not an edit, so it
 * never makes an open editor's save conflict). The caller invalidates public caches after commit.
 */
export async function applyTransition(
  tx: Tx,
  initiativeId: string,
  transition: Transition,
  actor: Actor,
  ip: string | null,
  via: "manual" | "bulk" | "schedule" = "manual",
): Promise<TransitionResult> {
  const rule = TRANSITIONS[transition];
  if (actor.role && !can(actor.role, rule.capability)) {
    return { ok: false, message: "You are not allowed to do this.", code: "forbidden" };
  }
  const [row] = await tx.$queryRaw<
    { slug: string; state: PublicationState; publishedAt: Date | null }[]
  >`
    SELECT "slug", "state", "publishedAt" FROM "Initiative" WHERE "id" = ${initiativeId}::uuid FOR UPDATE`;
  if (!row) return { ok: false, message: "This initiative no longer exists.", code: "not_found" };
  if (!rule.from.includes(row.state)) {
    return {
      ok: false,
      message: `An entry in the state “${row.state.toLowerCase().replace("_", " ")}” cannot be ${PAST[transition]}.`,
      code: "wrong_state",
      state: row.state,
    };
  }
  const now = new Date();
  await tx.initiative.update({
    where: { id: initiativeId },
    data: {
      state: rule.to,
      submittedAt: rule.to === "IN_REVIEW" ? now : null,
      // The first publication date is kept: "recently published" means new to the directory.
      ...(rule.to === "PUBLISHED" ? { publishedAt: row.publishedAt ?? now } : {}),
      ...(actor.id ? { updatedById: actor.id } : {}),
    },
  });
  await refreshSearchDocument(tx, initiativeId);
  await recordRevision(tx, { initiativeId, action: transition, authorId: actor.id });
  await audit(tx, {
    actor: actor.id && actor.email ? { id: actor.id, email: actor.email } : null,
    action: `initiative.${transition}`,
    entityType: "initiative",
    entityId: initiativeId,
    ip,
    details: { from: row.state, to: rule.to, via },
  });
  // A partner who proposed this entry hears about its first publication (queued once).
  if (rule.to === "PUBLISHED") await queuePublishedEmails(tx, initiativeId);
  return {
    ok: true,
    slug: row.slug,
    wasPublic: row.state === "PUBLISHED",
    isPublic: rule.to === "PUBLISHED",
  };
}

const PAST: Record<Transition, string> = {
  submit: "sent for review",
  publish: "published",
  unpublish: "unpublished",
  archive: "archived",
};
