import "server-only";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { findToken } from "@/lib/tokens/tokens";

export interface UserRowDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
}

export interface UserDetailDto extends UserRowDto {
  createdAt: string;
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

/** Every staff account, active ones first, for admins. */
export async function listUsers(): Promise<UserRowDto[]> {
  await requireCapability("user.manage");
  const users = await db.user.findMany({
    select: userSelect,
    orderBy: [{ active: "desc" }, { email: "asc" }],
  });
  return users.map(({ createdAt: _createdAt, ...user }) => ({
    ...user,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  }));
}

export async function getUser(id: string): Promise<UserDetailDto | null> {
  await requireCapability("user.manage");
  const user = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!user) return null;
  return {
    ...user,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** The signed-in user's own account. */
export async function getOwnAccount() {
  const me = await requireCapability("admin.access");
  return db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { email: true, name: true, role: true },
  });
}

export interface PendingInvitationDto {
  id: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

/** Invitations whose link still works, newest first, with who sent them. */
export async function listPendingInvitations(): Promise<PendingInvitationDto[]> {
  await requireCapability("user.manage");
  const rows = await db.oneTimeToken.findMany({
    where: { kind: "INVITE", usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      email: true,
      role: true,
      createdById: true,
      createdAt: true,
      expiresAt: true,
    },
  });
  const senderIds = [...new Set(rows.flatMap((row) => (row.createdById ? [row.createdById] : [])))];
  const senders = new Map(
    (
      await db.user.findMany({
        where: { id: { in: senderIds } },
        select: { id: true, email: true },
      })
    ).map((user) => [user.id, user.email]),
  );
  return rows.map((row) => ({
    id: row.id,
    email: row.email ?? "",
    role: row.role ?? "CONTRIBUTOR",
    invitedBy: row.createdById ? (senders.get(row.createdById) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  }));
}

export type LinkState<T> =
  { ok: true; value: T } | { ok: false; reason: "invalid" | "expired" | "used" };

/** What an invitation link offers (public: holding the link is the permission). */
export async function getInvitation(
  token: string,
): Promise<LinkState<{ email: string; role: Role }>> {
  const found = await findToken(db, "INVITE", token);
  if (!found.ok) return found;
  const { email, role } = found.token;
  if (!email || !role) return { ok: false, reason: "invalid" };
  return { ok: true, value: { email, role } };
}

/** The account a reset link is for, when the link can still be used. */
export async function getResetLink(token: string): Promise<LinkState<{ email: string }>> {
  const found = await findToken(db, "PASSWORD_RESET", token);
  if (!found.ok) return found;
  const user = found.token.userId
    ? await db.user.findUnique({
        where: { id: found.token.userId },
        select: { email: true, active: true },
      })
    : null;
  if (!user?.active) return { ok: false, reason: "invalid" };
  return { ok: true, value: { email: user.email } };
}
