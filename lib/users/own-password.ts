import { audit } from "@/lib/audit";
import { lockedFor, recordFailure, throttleKey } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db-client";
import type { AuditContext, Failure } from "@/lib/users/context";
import { hashPassword, verifyPassword } from "@/lib/users/password";

export type ChangeOwnPasswordResult =
  { ok: true } | Failure<"not_found" | "wrong_current" | "same" | "locked">;

/**
 * Changes the signed-in user's password after checking the current one. Wrong guesses count
 * towards the account's sign-in throttle, so a borrowed session cannot be used to guess the
 * password. Success ends every session of the account.
 */
export async function changeOwnPassword(
  db: Db,
  context: AuditContext & { actor: { id: string; email: string } },
  input: { currentPassword: string; newPassword: string },
): Promise<ChangeOwnPasswordResult> {
  const user = await db.user.findUnique({
    where: { id: context.actor.id },
    select: { id: true, email: true, active: true, passwordHash: true },
  });
  if (!user?.active) return { ok: false, code: "not_found" };
  const accountKey = throttleKey("account", user.email);
  if ((await lockedFor(db, accountKey)) > 0) return { ok: false, code: "locked" };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailure(db, "account", accountKey);
    await audit(db, {
      actor: context.actor,
      action: "user.password_change_failed",
      entityType: "user",
      entityId: user.id,
      ip: context.ip,
      details: { reason: "wrong_current_password" },
    });
    return { ok: false, code: "wrong_current" };
  }
  if (await verifyPassword(user.passwordHash, input.newPassword))
    return { ok: false, code: "same" };
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await audit(tx, {
      actor: context.actor,
      action: "user.password_change",
      entityType: "user",
      entityId: user.id,
      ip: context.ip,
    });
  });
  return { ok: true };
}
