"use server";

import { adminAction, refuse, succeed, type ActionContext, type ActionState } from "@/lib/action";
import { msg, type MessageCode } from "@/lib/admin-i18n/codes";
import { audit } from "@/lib/audit";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { getSiteUrl } from "@/lib/env";
import { invalidateInitiative } from "@/lib/initiatives/invalidate";
import { recordRevision } from "@/lib/initiatives/revisions";
import {
  applyTransition,
  TRANSITIONS,
  type Transition,
  type TransitionResult,
} from "@/lib/initiatives/workflow";
import {
  BulkTransitionSchema,
  CancelScheduleSchema,
  InitiativeIdSchema,
  PreviewLinkSchema,
  ScheduleSchema,
  TransitionSchema,
} from "@/lib/initiatives/workflow-schemas";
import { createToken } from "@/lib/tokens/tokens";

/** Why a transition was refused, as a code with its values (the state named by its code). */
function transitionRefusal(
  transition: Transition,
  result: Extract<TransitionResult, { ok: false }>,
): { code: MessageCode; params?: Record<string, string> } {
  switch (result.code) {
    case "forbidden":
      return { code: "common.forbidden" };
    case "not_found":
      return { code: "initiatives.results.notFound" };
    case "wrong_state":
      return {
        code: "workflow.results.wrongState",
        params: {
          state: result.state ? msg(`states.${result.state}`) : "",
          transition: msg(`workflow.past.${transition}`),
        },
      };
  }
}

/** Moves one entry; shared by the per-transition actions and the panel's form. */
async function moveInitiative(
  id: string,
  transition: Transition,
  { user, ip }: ActionContext,
): Promise<ActionState> {
  const result = await db.$transaction((tx) => applyTransition(tx, id, transition, user, ip));
  if (!result.ok) {
    const { code, params } = transitionRefusal(transition, result);
    return refuse(code, params);
  }
  if (result.wasPublic || result.isPublic) invalidateInitiative(result.slug);
  return succeed(`workflow.results.${transition}`);
}

function transitionAction(transition: Transition) {
  return adminAction(TRANSITIONS[transition].capability, InitiativeIdSchema, ({ id }, context) =>
    moveInitiative(id, transition, context),
  );
}

/**
 * The publication panel's form: one Server Action for all its buttons, so the form works without
 * JavaScript too. Submitting is every staff role's minimum; the transition's own capability is
 * checked here and again by applyTransition.
 */
export const transitionInitiativeAction = adminAction(
  "initiative.submit",
  TransitionSchema,
  async ({ id, transition }, context): Promise<ActionState> => {
    if (!can(context.user.role, TRANSITIONS[transition].capability))
      return refuse("common.forbidden");
    return moveInitiative(id, transition, context);
  },
);

export const submitForReviewAction = transitionAction("submit");
export const publishInitiativeAction = transitionAction("publish");
export const unpublishInitiativeAction = transitionAction("unpublish");
export const archiveInitiativeAction = transitionAction("archive");

/** An entry a bulk change left as it was, and why (an encoded message code). */
export interface BulkRefusal {
  id: string;
  reason: string;
}

/** Publish, unpublish or archive several entries; each moves on its own, and the result says which did not. */
export const bulkTransitionAction = adminAction(
  "initiative.publish",
  BulkTransitionSchema,
  async (
    { ids, transition },
    { user, ip },
  ): Promise<ActionState<{ done: number; refused: BulkRefusal[] }>> => {
    if (!can(user.role, TRANSITIONS[transition].capability)) return refuse("common.forbidden");
    const touched: string[] = [];
    const refused: BulkRefusal[] = [];
    for (const id of [...new Set(ids)]) {
      const result = await db.$transaction((tx) =>
        applyTransition(tx, id, transition, user, ip, "bulk"),
      );
      if (result.ok) {
        if (result.wasPublic || result.isPublic) touched.push(result.slug);
      } else {
        const { code, params } = transitionRefusal(transition, result);
        refused.push({ id, reason: msg(code, params) });
      }
    }
    if (touched.length) invalidateInitiative(...touched);
    const done = ids.length - refused.length;
    return refused.length === 0
      ? succeed("workflow.results.bulkDone", { done }, { data: { done, refused } })
      : refuse(
          "workflow.results.bulkPartly",
          { done, refused: refused.length },
          { data: { done, refused } },
        );
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
    if (!created) return refuse("initiatives.results.notFound");
    return succeed("workflow.results.scheduled", {
      action: msg(`initiatives.scheduleActions.${action}`),
      date: `${runAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    });
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
      ? succeed("workflow.results.scheduleCancelled")
      : refuse("workflow.results.scheduleGone");
  },
);

/** A link that lets a reviewer without an account see the entry as the public would, until it expires. */
export const createPreviewLinkAction = adminAction(
  "initiative.share",
  PreviewLinkSchema,
  async ({ id, days }, { user, ip }): Promise<ActionState<{ url: string; expiresAt: string }>> => {
    const initiative = await db.initiative.findUnique({ where: { id }, select: { id: true } });
    if (!initiative) return refuse("initiatives.results.notFound");
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
    return succeed("workflow.results.shareCreated", undefined, {
      data: { url, expiresAt: link.expiresAt.toISOString() },
    });
  },
);
