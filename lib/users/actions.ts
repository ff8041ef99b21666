"use server";

import { revalidatePath } from "next/cache";
import { adminAction, refuse, succeed, type ActionState } from "@/lib/action";
import { msg, type MessageCode } from "@/lib/admin-i18n/codes";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeRole, setActive, type AccessChangeResult } from "@/lib/users/access";
import type { AuditContext } from "@/lib/users/context";
import { inviteUser, revokeInvitation } from "@/lib/users/invitations";
import { deliverLink, inviteLink, resetLink } from "@/lib/users/links";
import { issueResetLink } from "@/lib/users/password-reset";
import {
  ChangeRoleSchema,
  InvitationTargetSchema,
  InviteUserSchema,
  UserTargetSchema,
} from "@/lib/users/schemas";

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
  result: Exclude<AccessChangeResult, { ok: true }>,
  unchanged: MessageCode,
): ActionState {
  const code = {
    not_found: "users.notFound",
    last_admin: "users.lastAdmin",
    self: "users.access.self",
    unchanged,
  }[result.code] as MessageCode;
  return refuse(code);
}

export const inviteUserAction = adminAction(
  "user.manage",
  InviteUserSchema,
  async (input, { user, ip }): Promise<ActionState<IssuedLink>> => {
    const result = await inviteUser(db, admin(user, ip), input);
    if (!result.ok) {
      return refuse("users.invite.exists", undefined, {
        fieldErrors: { email: [msg("users.invite.exists")] },
        values: input,
      });
    }
    const link = inviteLink(result.token);
    deliverLink("invitation", result.email, link, result.expiresAt);
    revalidatePath("/admin", "layout");
    return succeed(
      "users.invite.created",
      { email: result.email },
      { data: { link, email: result.email, expiresAt: result.expiresAt.toISOString() } },
    );
  },
);

/** Ends an open invitation: its link stops working at once. */
export const revokeInvitationAction = adminAction(
  "user.manage",
  InvitationTargetSchema,
  async (input, { user, ip }) => {
    const result = await revokeInvitation(db, admin(user, ip), input);
    if (!result.ok) return refuse("users.invitations.gone");
    revalidatePath("/admin", "layout");
    return succeed("users.invitations.revoked", { email: result.email });
  },
);

export const changeRoleAction = adminAction(
  "user.manage",
  ChangeRoleSchema,
  async (input, { user, ip }) => {
    const result = await changeRole(db, admin(user, ip), input);
    if (!result.ok) return refused(result, "users.role.unchanged");
    revalidatePath("/admin", "layout");
    return succeed("users.role.changed", { role: msg(`roles.${input.role}`) });
  },
);

export const deactivateUserAction = adminAction(
  "user.manage",
  UserTargetSchema,
  async (input, { user, ip }) => {
    const result = await setActive(db, admin(user, ip), { userId: input.userId, active: false });
    if (!result.ok) return refused(result, "users.access.unchanged");
    revalidatePath("/admin", "layout");
    return succeed("users.access.deactivated");
  },
);

export const reactivateUserAction = adminAction(
  "user.manage",
  UserTargetSchema,
  async (input, { user, ip }) => {
    const result = await setActive(db, admin(user, ip), { userId: input.userId, active: true });
    if (!result.ok) return refused(result, "users.access.unchanged");
    revalidatePath("/admin", "layout");
    return succeed("users.access.reactivated");
  },
);

export const issueResetLinkAction = adminAction(
  "user.manage",
  UserTargetSchema,
  async (input, { user, ip }): Promise<ActionState<IssuedLink>> => {
    const result = await issueResetLink(db, admin(user, ip), { userId: input.userId });
    if (!result.ok)
      return refuse(result.code === "inactive" ? "users.reset.inactive" : "users.notFound");
    const link = resetLink(result.token);
    deliverLink("password reset", result.email, link, result.expiresAt);
    revalidatePath("/admin", "layout");
    return succeed(
      "users.reset.created",
      { email: result.email },
      { data: { link, email: result.email, expiresAt: result.expiresAt.toISOString() } },
    );
  },
);
