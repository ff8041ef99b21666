"use server";

import { revalidatePath } from "next/cache";
import { adminAction, type ActionState } from "@/lib/action";
import { t, type AdminMessages } from "@/lib/admin-i18n";
import { localized } from "@/lib/admin-i18n/localize";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeRole, setActive, type AccessChangeResult } from "@/lib/users/access";
import type { AuditContext } from "@/lib/users/context";
import { inviteUser } from "@/lib/users/invitations";
import { deliverLink, inviteLink, resetLink } from "@/lib/users/links";
import { issueResetLink } from "@/lib/users/password-reset";
import { ChangeRoleSchema, InviteUserSchema, UserTargetSchema } from "@/lib/users/schemas";

/** A one-time link, returned once to the admin who created it and never stored. */
export interface IssuedLink {
  link: string;
  email: string;
  expiresAt: string;
}

const admin = (user: SessionUser, ip: string): AuditContext => ({
  actor: { id: user.id, email: user.email },
  ip,
  via: "admin",
});

function refused(
  m: AdminMessages,
  result: Exclude<AccessChangeResult, { ok: true }>,
  unchanged: string,
): ActionState {
  const message = {
    not_found: m.users.notFound,
    last_admin: m.users.lastAdmin,
    unchanged,
  }[result.code];
  return { ok: false, message };
}

export const inviteUserAction = localized(
  adminAction(
    "user.manage",
    InviteUserSchema,
    async (input, { user, ip }): Promise<ActionState<IssuedLink>> => {
      const { locale, m } = await getAdminI18n();
      const result = await inviteUser(db, admin(user, ip), input);
      if (!result.ok) {
        return {
          ok: false,
          message: m.users.invite.exists,
          fieldErrors: { email: [m.users.invite.exists] },
          values: input,
        };
      }
      const link = inviteLink(result.token);
      deliverLink("invitation", result.email, link, result.expiresAt);
      revalidatePath("/admin", "layout");
      return {
        ok: true,
        message: t(locale, m.users.invite.created, { email: result.email }),
        data: { link, email: result.email, expiresAt: result.expiresAt.toISOString() },
      };
    },
  ),
);

export const changeRoleAction = localized(
  adminAction("user.manage", ChangeRoleSchema, async (input, { user, ip }) => {
    const { locale, m } = await getAdminI18n();
    const result = await changeRole(db, admin(user, ip), input);
    if (!result.ok) return refused(m, result, m.users.role.unchanged);
    revalidatePath("/admin", "layout");
    return { ok: true, message: t(locale, m.users.role.changed, { role: m.roles[input.role] }) };
  }),
);

export const deactivateUserAction = localized(
  adminAction("user.manage", UserTargetSchema, async (input, { user, ip }) => {
    const { m } = await getAdminI18n();
    const result = await setActive(db, admin(user, ip), { userId: input.userId, active: false });
    if (!result.ok) return refused(m, result, m.users.access.unchanged);
    revalidatePath("/admin", "layout");
    return { ok: true, message: m.users.access.deactivated };
  }),
);

export const reactivateUserAction = localized(
  adminAction("user.manage", UserTargetSchema, async (input, { user, ip }) => {
    const { m } = await getAdminI18n();
    const result = await setActive(db, admin(user, ip), { userId: input.userId, active: true });
    if (!result.ok) return refused(m, result, m.users.access.unchanged);
    revalidatePath("/admin", "layout");
    return { ok: true, message: m.users.access.reactivated };
  }),
);

export const issueResetLinkAction = localized(
  adminAction(
    "user.manage",
    UserTargetSchema,
    async (input, { user, ip }): Promise<ActionState<IssuedLink>> => {
      const { locale, m } = await getAdminI18n();
      const result = await issueResetLink(db, admin(user, ip), { userId: input.userId });
      if (!result.ok) {
        return {
          ok: false,
          message: result.code === "inactive" ? m.users.reset.inactive : m.users.notFound,
        };
      }
      const link = resetLink(result.token);
      deliverLink("password reset", result.email, link, result.expiresAt);
      revalidatePath("/admin", "layout");
      return {
        ok: true,
        message: t(locale, m.users.reset.created, { email: result.email }),
        data: { link, email: result.email, expiresAt: result.expiresAt.toISOString() },
      };
    },
  ),
);
