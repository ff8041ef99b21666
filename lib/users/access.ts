import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { revokeTokens } from "@/lib/tokens/tokens";
import type { AuditContext, Failure } from "@/lib/users/context";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface LockedUser {
  id: string;
  email: string;
  role: Role;
  active: boolean;
}

/**
 * Locks every active admin row (in id order, so concurrent callers cannot deadlock) until the
 * transaction ends. Two changes that would each remove "another" admin therefore run one after
 * the other, and the second sees the first's result: PostgreSQL re-checks the WHERE clause on
 * rows it waited for, so a demoted admin drops out of the second caller's list.
 */
async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "User"
    WHERE "role" = 'ADMIN' AND "active" = true
    ORDER BY "id"
    FOR UPDATE`;
  return rows.map((row) => row.id);
}

async function lockUser(tx: Tx, id: string): Promise<LockedUser | null> {
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT "id"::text AS "id", "email", "role"::text AS "role", "active" FROM "User"
    WHERE "id" = ${id}::uuid
    FOR UPDATE`;
  return rows[0] ?? null;
}

/** True when taking admin rights from `target` would leave no active admin. */
function isLastAdmin(target: LockedUser, activeAdmins: string[]): boolean {
  return target.role === "ADMIN" && target.active && !activeAdmins.some((id) => id !== target.id);
}

export type AccessChangeResult =
  { ok: true; email: string } | Failure<"not_found" | "unchanged" | "last_admin" | "self">;

/** Gives an account another role; its sessions end (new rights apply from the next sign-in). */
export function changeRole(
  db: Db,
  context: AuditContext,
  input: { userId: string; role: Role },
): Promise<AccessChangeResult> {
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await lockUser(tx, input.userId);
    if (!target) return { ok: false, code: "not_found" };
    if (target.role === input.role) return { ok: false, code: "unchanged" };
    if (input.role !== "ADMIN" && isLastAdmin(target, admins))
      return { ok: false, code: "last_admin" };
    await tx.user.update({
      where: { id: target.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
    });
    await audit(tx, {
      actor: context.actor,
      action: "user.role_change",
      entityType: "user",
      entityId: target.id,
      ip: context.ip,
      details: { email: target.email, from: target.role, to: input.role, via: context.via },
    });
    return { ok: true, email: target.email };
  });
}

/**
 * Deactivates or reactivates an account. Either way its sessions end; a deactivated account's
 * open password-reset links stop working too.
 */
export function setActive(
  db: Db,
  context: AuditContext,
  input: { userId: string; active: boolean },
): Promise<AccessChangeResult> {
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await lockUser(tx, input.userId);
    if (!target) return { ok: false, code: "not_found" };
    if (target.active === input.active) return { ok: false, code: "unchanged" };
    // Locking oneself out is never what an admin means; another admin can do it if needed.
    if (!input.active && context.actor?.id === target.id) return { ok: false, code: "self" };
    if (!input.active && isLastAdmin(target, admins)) return { ok: false, code: "last_admin" };
    await tx.user.update({
      where: { id: target.id },
      data: { active: input.active, sessionVersion: { increment: 1 } },
    });
    if (!input.active) await revokeTokens(tx, { kind: "PASSWORD_RESET", userId: target.id });
    await audit(tx, {
      actor: context.actor,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: target.id,
      ip: context.ip,
      details: { email: target.email, role: target.role, via: context.via },
    });
    return { ok: true, email: target.email };
  });
}
