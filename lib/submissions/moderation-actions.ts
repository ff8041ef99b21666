"use server";

import { revalidatePath } from "next/cache";
import { adminAction, type ActionState } from "@/lib/action";
import { msg } from "@/lib/admin-i18n/codes";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { queueSubmissionEmail } from "@/lib/email/queue";
import { isSlugTaken } from "@/lib/initiatives/editor-write";
import { getMediaStorage } from "@/lib/media/storage";
import { eraseSubmitterData } from "@/lib/submissions/erase";
import {
  lockPending,
  type Decision,
  type LockedSubmission,
  type ModerationTx,
} from "@/lib/submissions/moderation";
import { createDraftFromSubmission } from "@/lib/submissions/approve";
import { mergeIntoInitiative, type MergeOutcome } from "@/lib/submissions/merge";
import {
  EraseSchema,
  MergeSchema,
  NoteSchema,
  RejectSchema,
  RequestChangesSchema,
  SubmissionIdSchema,
} from "@/lib/submissions/moderation-schemas";

/**
 * Moderation of partner submissions. Each action goes through adminAction (session, capability,
 * input), then works in one transaction that locks the submission row and checks the status it is
 * really in, so two moderators acting at once cannot both decide: the second is told to reload.
 * Emails are only queued (lib/email); the job runner sends them. Messages are codes of the admin
 * dictionary (lib/admin-i18n/codes.ts), put into words by the form in the reader's language.
 */

const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 };
type Outcome<T = undefined> = { ok: true; data: T } | { ok: false; message: string };

function refusalOf(locked: Exclude<LockedSubmission, { ok: true }>): {
  ok: false;
  message: string;
} {
  return {
    ok: false,
    message:
      locked.reason === "missing"
        ? msg("submissions.results.notFound")
        : msg("submissions.results.wrongStatus", {
            status: msg(`submissions.status.${locked.status}`),
          }),
  };
}

function done<T>(outcome: Outcome<T>, success: string, id: string): ActionState<T> {
  if (!outcome.ok) return { ok: false, message: outcome.message };
  revalidatePath("/admin/submissions");
  revalidatePath(`/admin/submissions/${id}`);
  return { ok: true, message: success, data: outcome.data };
}

/** Records the decision on the row and in the thread, in the caller's transaction. */
async function decide(tx: ModerationTx, decision: Decision): Promise<void> {
  await tx.submission.update({
    where: { id: decision.id },
    data: {
      status: decision.status,
      ...(decision.final ? { decidedById: decision.user.id, decidedAt: new Date() } : {}),
      ...(decision.initiativeId ? { initiativeId: decision.initiativeId } : {}),
    },
  });
  await tx.submissionMessage.create({
    data: {
      submissionId: decision.id,
      fromStaff: true,
      authorId: decision.user.id,
      kind: decision.kind,
      reason: decision.reason ?? null,
      body: decision.body ?? "",
    },
  });
  await audit(tx, {
    actor: decision.user,
    action: `submission.${decision.kind}`,
    entityType: "submission",
    entityId: decision.id,
    ip: decision.ip,
    details: decision.details ?? {},
  });
}

/** Creates a draft initiative holding the submitted data, linked to the submission. */
export const approveSubmissionAction = adminAction(
  "submission.moderate",
  SubmissionIdSchema,
  async ({ id }, { user, ip }): Promise<ActionState<{ initiativeId: string; slug: string }>> => {
    let outcome: Outcome<{ initiativeId: string; slug: string }>;
    try {
      outcome = await db.$transaction(async (tx) => {
        const locked = await lockPending(tx, id);
        if (!locked.ok) return refusalOf(locked);
        const draft = await createDraftFromSubmission(tx, locked.submission, user.id);
        await audit(tx, {
          actor: user,
          action: "initiative.create",
          entityType: "initiative",
          entityId: draft.id,
          ip,
          details: { slug: draft.slug, via: "submission", submissionId: id },
        });
        await decide(tx, {
          id,
          user,
          ip,
          status: "APPROVED",
          kind: "approved",
          final: true,
          initiativeId: draft.id,
          details: { initiativeId: draft.id, slug: draft.slug },
        });
        await queueSubmissionEmail(tx, id, "approved");
        return { ok: true, data: { initiativeId: draft.id, slug: draft.slug } } as const;
      }, TX_OPTIONS);
    } catch (error) {
      if (!isSlugTaken(error)) throw error;
      outcome = { ok: false, message: msg("submissions.results.slugTaken") };
    }
    return done(
      outcome,
      outcome.ok ? msg("submissions.results.approved", { slug: outcome.data.slug }) : "",
      id,
    );
  },
);

function mergeNote(outcome: MergeOutcome): string {
  const lines = [
    ...outcome.links.map((link) => `- ${link.type}: ${link.url}`),
    ...outcome.aliases.map((alias) => `- alias: ${alias}`),
  ];
  if (lines.length === 0)
    return `Merged into “${outcome.slug}”; it already had every link and name.`;
  return outcome.applied
    ? `Merged into “${outcome.slug}” (not published); added:\n${lines.join("\n")}`
    : `Merged into “${outcome.slug}”, which is published, so nothing was changed. To add by hand:\n${lines.join("\n")}`;
}

/** Links the submission to an existing entry and adds what it brings (see lib/submissions/merge.ts). */
export const mergeSubmissionAction = adminAction(
  "submission.moderate",
  MergeSchema,
  async ({ id, initiativeId }, { user, ip }): Promise<ActionState<MergeOutcome>> => {
    const outcome = await db.$transaction(async (tx): Promise<Outcome<MergeOutcome>> => {
      const locked = await lockPending(tx, id);
      if (!locked.ok) return refusalOf(locked);
      const merged = await mergeIntoInitiative(tx, initiativeId, locked.submission.data, user.id);
      if (!merged) return { ok: false, message: msg("submissions.results.initiativeNotFound") };
      await tx.submissionMessage.create({
        data: {
          submissionId: id,
          fromStaff: true,
          authorId: user.id,
          kind: "note",
          body: mergeNote(merged),
        },
      });
      await decide(tx, {
        id,
        user,
        ip,
        status: "MERGED",
        kind: "merged",
        final: true,
        initiativeId,
        details: {
          initiativeId,
          slug: merged.slug,
          applied: merged.applied,
          links: merged.links.length,
          aliases: merged.aliases.length,
        },
      });
      await queueSubmissionEmail(tx, id, "merged");
      return { ok: true, data: merged };
    }, TX_OPTIONS);
    if (!outcome.ok) return { ok: false, message: outcome.message };
    const nothingToAdd = outcome.data.links.length + outcome.data.aliases.length === 0;
    return done(
      outcome,
      msg(
        outcome.data.applied || nothingToAdd
          ? "submissions.results.merged"
          : "submissions.results.mergedNote",
        { slug: outcome.data.slug },
      ),
      id,
    );
  },
);

/** Asks the submitter to change the proposal; they may edit it from the status link again. */
export const requestChangesAction = adminAction(
  "submission.moderate",
  RequestChangesSchema,
  async ({ id, message }, { user, ip }): Promise<ActionState> => {
    const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
      const locked = await lockPending(tx, id);
      if (!locked.ok) return refusalOf(locked);
      await decide(tx, {
        id,
        user,
        ip,
        status: "CHANGES_REQUESTED",
        kind: "changes_requested",
        final: false,
        body: message,
      });
      await queueSubmissionEmail(tx, id, "changes_requested");
      return { ok: true, data: undefined };
    }, TX_OPTIONS);
    return done(outcome, msg("submissions.results.changesRequested"), id);
  },
);

export const rejectSubmissionAction = adminAction(
  "submission.moderate",
  RejectSchema,
  async ({ id, reason, message }, { user, ip }): Promise<ActionState> => {
    const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
      const locked = await lockPending(tx, id);
      if (!locked.ok) return refusalOf(locked);
      await decide(tx, {
        id,
        user,
        ip,
        status: "REJECTED",
        kind: "rejected",
        final: true,
        reason,
        body: message,
        details: { reason },
      });
      await queueSubmissionEmail(tx, id, "rejected");
      return { ok: true, data: undefined };
    }, TX_OPTIONS);
    return done(outcome, msg("submissions.results.rejected"), id);
  },
);

/**
 * Spam gets no email, and emails to its address not yet sent are cancelled: spammers often
 * enter someone else's address.
 */
export const markSpamAction = adminAction(
  "submission.moderate",
  SubmissionIdSchema,
  async ({ id }, { user, ip }): Promise<ActionState> => {
    const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
      const locked = await lockPending(tx, id);
      if (!locked.ok) return refusalOf(locked);
      const cancelled = await tx.outboxEmail.updateMany({
        where: { submissionId: id, status: "PENDING", template: { startsWith: "submission." } },
        data: { status: "FAILED", lastError: "Cancelled: the submission was marked as spam." },
      });
      await decide(tx, {
        id,
        user,
        ip,
        status: "SPAM",
        kind: "spam",
        final: true,
        details: { cancelledEmails: cancelled.count },
      });
      return { ok: true, data: undefined };
    }, TX_OPTIONS);
    return done(outcome, msg("submissions.results.spam"), id);
  },
);

/** An internal note, in any status; the submitter never sees it. */
export const addStaffNoteAction = adminAction(
  "submission.moderate",
  NoteSchema,
  async ({ id, message }, { user, ip }): Promise<ActionState> => {
    const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
      const exists = await tx.submission.findUnique({ where: { id }, select: { id: true } });
      if (!exists) return { ok: false, message: msg("submissions.results.notFound") };
      await tx.submissionMessage.create({
        data: { submissionId: id, fromStaff: true, authorId: user.id, kind: "note", body: message },
      });
      await audit(tx, {
        actor: user,
        action: "submission.note",
        entityType: "submission",
        entityId: id,
        ip,
      });
      return { ok: true, data: undefined };
    }, TX_OPTIONS);
    return done(outcome, msg("submissions.results.noted"), id);
  },
);

/**
 * Erases the submitter's personal data on request (admins only: `user.manage` is the admin-only
 * capability for people's data). The proposal's content stays; see lib/submissions/erase.ts.
 */
export const eraseSubmitterDataAction = adminAction(
  "user.manage",
  EraseSchema,
  async ({ id }, { user, ip }): Promise<ActionState> => {
    const storage = getMediaStorage();
    const outcome = await eraseSubmitterData(db, id, { actor: user, ip }, (key) =>
      storage.delete(key),
    );
    if (!outcome.ok) {
      return {
        ok: false,
        message: msg(
          outcome.reason === "missing"
            ? "submissions.results.notFound"
            : "submissions.results.alreadyErased",
        ),
      };
    }
    return done({ ok: true, data: undefined }, msg("submissions.results.erased"), id);
  },
);
