import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { readInitiativeDetail } from "@/lib/initiatives/queries";
import type { UiLocale } from "@/lib/i18n/locales";
import { findToken } from "@/lib/tokens/tokens";

export type PreviewAccess = { via: "staff" } | { via: "link"; expiresAt: string };

/**
 * An initiative in any state, as the public page would show it, for staff who may read
 * initiatives or for holders of an unexpired share link to this very entry. Never cached.
 */
export async function getPreview(id: string, locale: UiLocale, token: string | undefined) {
  let access: PreviewAccess | null = null;
  const user = await getSessionUser();
  if (user && can(user.role, "initiative.read")) access = { via: "staff" };
  else if (token) {
    const found = await findToken(db, "PREVIEW", token);
    if (found.ok && found.token.initiativeId === id) {
      access = { via: "link", expiresAt: found.token.expiresAt.toISOString() };
    }
  }
  if (!access) return null;
  const initiative = await readInitiativeDetail({ id }, locale);
  if (!initiative) return null;
  const state = await db.initiative.findUnique({ where: { id }, select: { state: true } });
  return { initiative, access, state: state?.state ?? "DRAFT" };
}
