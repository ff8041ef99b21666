"use server";

import { redirect } from "next/navigation";
import { formDataToObject, invalid, refuse, type ActionState } from "@/lib/action";
import { requestIp } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { acceptInvite } from "@/lib/users/invitations";
import { resetPassword } from "@/lib/users/password-reset";
import { AcceptInviteSchema, ResetPasswordSchema } from "@/lib/users/schemas";

/*
 * The two public mutations of the staff area. They take no session: the one-time link is the
 * permission, checked (and used up) inside the transaction that does the work.
 */

export async function acceptInviteAction(
  _previous: ActionState | undefined,
  formData: FormData,
): Promise<ActionState> {
  const values = formDataToObject(formData);
  const parsed = AcceptInviteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await acceptInvite(db, parsed.data, await requestIp());
  if (!result.ok)
    return refuse(`invite.${result.code}`, undefined, { values: { name: parsed.data.name } });
  redirect("/admin/login?notice=account_created");
}

export async function resetPasswordAction(
  _previous: ActionState | undefined,
  formData: FormData,
): Promise<ActionState> {
  const values = formDataToObject(formData);
  const parsed = ResetPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await resetPassword(db, parsed.data, await requestIp());
  if (!result.ok) return refuse(`reset.${result.code}`);
  redirect("/admin/login?notice=password_reset");
}
