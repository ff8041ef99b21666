"use server";

import { adminAction, type ActionState } from "@/lib/action";
import { audit } from "@/lib/audit";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { getSiteUrl } from "@/lib/env";
import { invalidateInitiative } from "@/lib/initiatives/invalidate";
import { recordRevision } from "@/lib/initiatives/revisions";
import { applyTransition, TRANSITIONS, type Transition } from "@/lib/initiatives/workflow";
import {
  BulkTransitionSchema,
  CancelScheduleSchema,
  InitiativeIdSchema,
  PreviewLinkSchema,
  ScheduleSchema,
} from "@/lib/initiatives/workflow-schemas";
import { createToken } from "@/lib/tokens/tokens";

const DONE: Record<Transition, string> = {
  submit: "Sent for review.",
  publish: "Published. The public pages show it now.",
  unpublish: "Unpublished. It is no longer public.",
  archive: "Archived.",
};

function transitionAction(transition: Transition) {
  return adminAction(
    TRANSITIONS[transition].capability,
    InitiativeIdSchema,
    async ({ id }, { user, ip }): Promise<ActionState> => {
      const result = await db.$transaction((tx) => applyTransition(tx, id, transition, user, ip));
      if (!result.ok) return { ok: false, message: result.message };
      if (result.wasPublic || result.isPublic) invalidateInitiative(result.slug);
      return { ok: true, message: DONE[transition] };
    },
  );
}

export const submitForReviewAction = transitionAction("submit");
export const publishInitiativeAction = transitionAction("publish");
export const unpublishInitiativeAction = transitionAction("unpublish");
export const archiveInitiativeAction = transitionAction("archive");

/** Publish, unpublish or archive several entries; each moves on its own, and the result says which did not. */
export const bulkTransitionAction = adminAction(
  "initiative.publish",
  BulkTransitionSchema,
  async (
    { ids, transition },
    { user, ip },
  ): Promise<ActionState<{ done: number; refused: string[] }>> => {
    if (!can(user.role, TRANSITIONS[transition].capability))
      return { ok: false, message: "You are not allowed to do this." };
    const touched: string[] = [];
    const refused: string[] = [];
    for (const id of [...new Set(ids)]) {
      const result = await db.$transaction((tx) =>
        applyTransition(tx, id, transition, user, ip, "bulk"),
      );
      if (result.ok) {
        if (result.wasPublic || result.isPublic) touched.push(result.slug);
      } else refused.push(`${id}: ${result.message}`);
    }
    if (touched.length) invalidateInitiative(...touched);
    const done = ids.length - refused.length;
    return {
      ok: refused.length === 0,
      message:
        refused.length === 0
          ? `${done} entries updated.`
          : `${done} entries updated; ${refused.length} could not be changed.`,
      data: { done, refused },
    };
  },
);

export const scheduleAction = adminAction(
  "initiative.schedule",
  ScheduleSchema,
  async ({ id, action, runAt }, { user, ip }): Promise<ActionState> => {
    const created = await db.$transaction(async (tx) => {
      const exists = await tx.initiative.findUnique({ where: { id }, select: { id: true } });
      if (!exists) return null;
      const schedule = await tx.scheduledAction.create({
        data: { initiativeId: id, action, runAt, createdById: user.id },
        select: { id: true },
      });
      await recordRevision(tx, { initiativeId: id, action: "schedule", authorId: user.id });
      await audit(tx, {
        actor: user,
        action: "initiative.schedule",
        entityType: "initiative",
        entityId: id,
        ip,
        details: { scheduleId: schedule.id, action, runAt: runAt.toISOString() },
      });
      return schedule;
    });
    if (!created) return { ok: false, message: "This initiative no longer exists." };
    return {
      ok: true,
      message: `Scheduled to ${action === "PUBLISH" ? "publish" : "unpublish"} at ${runAt.toISOString()}.`,
    };
  },
);

export const cancelScheduleAction = adminAction(
  "initiative.schedule",
  CancelScheduleSchema,
  async ({ scheduleId }, { user, ip }): Promise<ActionState> => {
    const cancelled = await db.$transaction(async (tx) => {
      const { count } = await tx.scheduledAction.updateMany({
        where: { id: scheduleId, status: "PENDING" },
        data: { status: "CANCELLED" },
      });
      if (count === 1) {
        await audit(tx, {
          actor: user,
          action: "initiative.schedule_cancel",
          entityType: "scheduledAction",
          entityId: scheduleId,
          ip,
        });
      }
      return count === 1;
    });
    return cancelled
      ? { ok: true, message: "Schedule cancelled." }
      : { ok: false, message: "This schedule has already run or was cancelled." };
  },
);

/** A link that lets a reviewer without an account see the entry as the public would, until it expires. */
export const createPreviewLinkAction = adminAction(
  "initiative.share",
  PreviewLinkSchema,
  async ({ id, days }, { user, ip }): Promise<ActionState<{ url: string; expiresAt: string }>> => {
    const initiative = await db.initiative.findUnique({ where: { id }, select: { id: true } });
    if (!initiative) return { ok: false, message: "This initiative no longer exists." };
    const link = await db.$transaction(async (tx) => {
      const created = await createToken(tx, {
        kind: "PREVIEW",
        initiativeId: id,
        createdById: user.id,
        ttlMs: days * 24 * 60 * 60 * 1000,
      });
      await audit(tx, {
        actor: user,
        action: "initiative.preview_link",
        entityType: "initiative",
        entityId: id,
        ip,
        details: { days },
      });
      return created;
    });
    const url = `${getSiteUrl()}/en/preview/${id}?token=${link.token}`;
    return {
      ok: true,
      message: "Share link created.",
      data: { url, expiresAt: link.expiresAt.toISOString() },
    };
  },
);
