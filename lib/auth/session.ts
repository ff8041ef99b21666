import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { AuthorizationError, can, type Capability } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { clientIp } from "@/lib/request-ip";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in staff member, checked against the database on every request: a session ends
 * when the account is deactivated, its role changes or it signs out (all bump sessionVersion),
 * whatever the cookie's own expiry says.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user?.active || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The current user if they hold the capability; throws AuthorizationError otherwise. */
export async function requireCapability(capability: Capability): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AuthorizationError("unauthenticated");
  if (!can(user.role, capability)) throw new AuthorizationError("forbidden");
  return user;
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
