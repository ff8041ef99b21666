"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction, type ActionState } from "@/lib/action";
import { msg } from "@/lib/admin-i18n/codes";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { ERASED } from "@/lib/submissions/erase";

/** Sends a FAILED email again: it becomes due at once, with a fresh count of attempts. */
export const retryOutboxEmailAction = adminAction(
  "outbox.read",
  z.object({ id: z.uuid({ error: msg("outbox.notFound") }) }),
  async ({ id }, { user, ip }): Promise<ActionState> => {
    const outcome = await db.$transaction(async (tx) => {
      const email = await tx.outboxEmail.findUnique({
        where: { id },
        select: { to: true, template: true },
      });
      if (!email) return msg("outbox.notFound");
      if (email.to === ERASED) return msg("outbox.erased");
      // Only rows still FAILED change: a concurrent retry finds nothing left to do.
      const updated = await tx.outboxEmail.updateMany({
        where: { id, status: "FAILED" },
        data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null },
      });
      if (updated.count === 0) return msg("outbox.notFailed");
      await audit(tx, {
        actor: user,
        action: "outbox.retry",
        entityType: "outbox_email",
        entityId: id,
        ip,
        details: { template: email.template },
      });
      return null;
    });
    if (outcome) return { ok: false, message: outcome };
    revalidatePath("/admin/outbox");
    return { ok: true, message: msg("outbox.retried") };
  },
);
