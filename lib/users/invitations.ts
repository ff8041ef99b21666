import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { consumeToken, createToken, revokeTokens } from "@/lib/tokens/tokens";
import type { AuditContext, Failure } from "@/lib/users/context";
import { hashPassword } from "@/lib/users/password";

export type InviteResult =
  { ok: true; token: string; expiresAt: Date; email: string; role: Role } | Failure<"exists">;

/**
 * Creates an invitation (a one-time link valid 7 days). A newer invitation for the same address
 * replaces any still open, so only the latest link works.
 */
export function inviteUser(
  db: Db,
  context: AuditContext,
  input: { email: string; role: Role },
): Promise<InviteResult> {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (existing) return { ok: false, code: "exists" };
    await revokeTokens(tx, { kind: "INVITE", email: input.email });
    const created = await createToken(tx, {
      kind: "INVITE",
      email: input.email,
      role: input.role,
      createdById: context.actor?.id,
    });
    await audit(tx, {
      actor: context.actor,
      action: "user.invite",
      entityType: "invitation",
      entityId: created.id,
      ip: context.ip,
      details: {
        email: input.email,
        role: input.role,
        expiresAt: created.expiresAt.toISOString(),
        via: context.via,
      },
    });
    return {
      ok: true,
      token: created.token,
      expiresAt: created.expiresAt,
      email: input.email,
      role: input.role,
    };
  });
}

export type RevokeInviteResult = { ok: true; email: string } | Failure<"not_found">;

/** Ends an invitation that is still open, so its link stops working. */
export function revokeInvitation(
  db: Db,
  context: AuditContext,
  input: { invitationId: string },
): Promise<RevokeInviteResult> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const open = await tx.oneTimeToken.findFirst({
      where: { id: input.invitationId, kind: "INVITE", usedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true },
    });
    if (!open) return { ok: false, code: "not_found" };
    await tx.oneTimeToken.update({ where: { id: open.id }, data: { expiresAt: now } });
    await audit(tx, {
      actor: context.actor,
      action: "user.invite_revoke",
      entityType: "invitation",
      entityId: open.id,
      ip: context.ip,
      details: { email: open.email, role: open.role, via: context.via },
    });
    return { ok: true, email: open.email ?? "" };
  });
}

export type AcceptInviteResult =
  | { ok: true; user: { id: string; email: string; role: Role } }
  | Failure<"invalid" | "expired" | "used" | "exists">;

/**
 * Turns an invitation into an account. The link is used in the same transaction that creates the
 * account, so it works exactly once and stays usable if the account cannot be created.
 */
export async function acceptInvite(
  db: Db,
  input: { token: string; name: string; password: string },
  ip: string | null,
): Promise<AcceptInviteResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx): Promise<AcceptInviteResult> => {
      const used = await consumeToken(tx, "INVITE", input.token);
      if (!used.ok) return { ok: false, code: used.reason };
      const { email, role, createdById } = used.token;
      if (!email || !role) return { ok: false, code: "invalid" };
      const user = await tx.user.create({
        data: { email, role, name: input.name, passwordHash, passwordChangedAt: new Date() },
        select: { id: true, email: true, role: true },
      });
      await audit(tx, {
        actor: { id: user.id, email: user.email },
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        ip,
        details: { role, via: "invitation", invitationId: used.token.id, invitedById: createdById },
      });
      return { ok: true, user };
    });
  } catch (error) {
    // Someone created the account after the invitation was sent.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, code: "exists" };
    throw error;
  }
}
