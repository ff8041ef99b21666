"use server";

import { redirect } from "next/navigation";
import { formDataToObject, invalid, type ActionState } from "@/lib/action";
import { localized } from "@/lib/admin-i18n/localize";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { requestIp } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { acceptInvite } from "@/lib/users/invitations";
import { resetPassword } from "@/lib/users/password-reset";
import { AcceptInviteSchema, ResetPasswordSchema } from "@/lib/users/schemas";

/*
 * The two public mutations of the staff area. They take no session: the one-time link is the
 * permission, checked (and used up) inside the transaction that does the work.
 */

export const acceptInviteAction = localized(
  async (_previous: ActionState | undefined, formData: FormData): Promise<ActionState> => {
    const values = formDataToObject(formData);
    const parsed = AcceptInviteSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const result = await acceptInvite(db, parsed.data, await requestIp());
    if (!result.ok) {
      const { m } = await getAdminI18n();
      return { ok: false, message: m.invite[result.code], values: { name: parsed.data.name } };
    }
    redirect("/admin/login?notice=account_created");
  },
);

export const resetPasswordAction = localized(
  async (_previous: ActionState | undefined, formData: FormData): Promise<ActionState> => {
    const values = formDataToObject(formData);
    const parsed = ResetPasswordSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const result = await resetPassword(db, parsed.data, await requestIp());
    if (!result.ok) {
      const { m } = await getAdminI18n();
      return { ok: false, message: m.reset[result.code] };
    }
    redirect("/admin/login?notice=password_reset");
  },
);
