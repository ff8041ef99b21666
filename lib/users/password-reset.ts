import { audit } from "@/lib/audit";
import { clearFailures, throttleKey } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db-client";
import { consumeToken, createToken, revokeTokens } from "@/lib/tokens/tokens";
import type { AuditContext, Failure } from "@/lib/users/context";
import { hashPassword } from "@/lib/users/password";

export type ResetLinkResult =
  { ok: true; token: string; expiresAt: Date; email: string } | Failure<"not_found" | "inactive">;

/**
 * Issues a password-reset link (valid one hour) for an active account, by id (admin screen) or
 * email (command line). Earlier open reset links of the account stop working.
 */
export function issueResetLink(
  db: Db,
  context: AuditContext,
  target: { userId: string } | { email: string },
): Promise<ResetLinkResult> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: "userId" in target ? { id: target.userId } : { email: target.email },
      select: { id: true, email: true, active: true },
    });
    if (!user) return { ok: false, code: "not_found" };
    if (!user.active) return { ok: false, code: "inactive" };
    await revokeTokens(tx, { kind: "PASSWORD_RESET", userId: user.id });
    const created = await createToken(tx, {
      kind: "PASSWORD_RESET",
      userId: user.id,
      email: user.email,
      createdById: context.actor?.id,
    });
    await audit(tx, {
      actor: context.actor,
      action: "user.reset_link",
      entityType: "user",
      entityId: user.id,
      ip: context.ip,
      details: { email: user.email, expiresAt: created.expiresAt.toISOString(), via: context.via },
    });
    return { ok: true, token: created.token, expiresAt: created.expiresAt, email: user.email };
  });
}

export type ResetPasswordResult =
  { ok: true; email: string } | Failure<"invalid" | "expired" | "used">;

/**
 * Sets a new password through a reset link: the link is used up, every session of the account
 * ends, and a sign-in lock on the account is lifted (holding the link proves who they are).
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  ip: string | null,
): Promise<ResetPasswordResult> {
  const passwordHash = await hashPassword(input.password);
  const result = await db.$transaction(async (tx): Promise<ResetPasswordResult> => {
    const used = await consumeToken(tx, "PASSWORD_RESET", input.token);
    if (!used.ok) return { ok: false, code: used.reason };
    const user = used.token.userId
      ? await tx.user.findUnique({
          where: { id: used.token.userId },
          select: { id: true, email: true, active: true },
        })
      : null;
    if (!user?.active) return { ok: false, code: "invalid" };
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await audit(tx, {
      actor: { id: user.id, email: user.email },
      action: "user.password_reset",
      entityType: "user",
      entityId: user.id,
      ip,
      details: { via: "reset_link", issuedById: used.token.createdById },
    });
    return { ok: true, email: user.email };
  });
  if (result.ok) await clearFailures(db, throttleKey("account", result.email));
  return result;
}
