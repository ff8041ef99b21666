"use server";

import { redirect } from "next/navigation";
import { adminAction, refuse } from "@/lib/action";
import { msg } from "@/lib/admin-i18n/codes";
import { db } from "@/lib/db";
import { changeOwnPassword } from "@/lib/users/own-password";
import { ChangePasswordSchema } from "@/lib/users/schemas";

/**
 * Changes the signed-in user's own password. Every session of the account ends with it, this
 * one included, so the user is sent to sign in again with the new password.
 */
export const changePasswordAction = adminAction(
  "admin.access",
  ChangePasswordSchema,
  async (input, { user, ip }) => {
    const result = await changeOwnPassword(
      db,
      { actor: { id: user.id, email: user.email }, ip, via: "admin" },
      input,
    );
    if (!result.ok) {
      switch (result.code) {
        case "wrong_current":
          return refuse("account.password.wrongCurrent", undefined, {
            fieldErrors: { currentPassword: [msg("account.password.wrongCurrent")] },
          });
        case "same":
          return refuse("account.password.same", undefined, {
            fieldErrors: { newPassword: [msg("account.password.same")] },
          });
        case "locked":
          return refuse("login.locked");
        case "not_found":
          return refuse("common.signInRequired");
      }
    }
    redirect("/admin/login?notice=password_changed");
  },
);
