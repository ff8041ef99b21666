"use server";

import { redirect } from "next/navigation";
import { adminAction } from "@/lib/action";
import { localized } from "@/lib/admin-i18n/localize";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { db } from "@/lib/db";
import { changeOwnPassword } from "@/lib/users/own-password";
import { ChangePasswordSchema } from "@/lib/users/schemas";

/**
 * Changes the signed-in user's own password. Every session of the account ends with it, this
 * one included, so the user is sent to sign in again with the new password.
 */
export const changePasswordAction = localized(
  adminAction("admin.access", ChangePasswordSchema, async (input, { user, ip }) => {
    const { m } = await getAdminI18n();
    const result = await changeOwnPassword(
      db,
      { actor: { id: user.id, email: user.email }, ip, via: "admin" },
      input,
    );
    if (!result.ok) {
      switch (result.code) {
        case "wrong_current":
          return {
            ok: false,
            message: m.account.password.wrongCurrent,
            fieldErrors: { currentPassword: [m.account.password.wrongCurrent] },
          };
        case "same":
          return {
            ok: false,
            message: m.account.password.same,
            fieldErrors: { newPassword: [m.account.password.same] },
          };
        case "locked":
          return { ok: false, message: m.login.locked };
        case "not_found":
          return { ok: false, message: m.common.signInRequired };
      }
    }
    redirect("/admin/login?notice=password_changed");
  }),
);
