"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { refuse, type ActionState } from "@/lib/action";
import { msg } from "@/lib/admin-i18n/codes";
import { signIn, signOut } from "@/lib/auth";
import { getSessionUser, requestIp } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";

const SignInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: msg("login.emailRequired") })
    .max(254),
  password: z
    .string()
    .min(1, { error: msg("login.passwordRequired") })
    .max(1024),
  next: z.string().optional(),
});

/** Only local admin paths are followed after signing in (no open redirects). */
function safeNext(next: string | undefined): string {
  return next && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(next) ? next : "/admin";
}

export async function signInAction(
  _previous: ActionState | undefined,
  formData: FormData,
): Promise<ActionState> {
  const parsed = SignInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    return refuse("login.missing", undefined, {
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values: { email },
    });
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNext(parsed.data.next),
    });
    return { ok: true, message: "" };
  } catch (error) {
    if (error instanceof AuthError) {
      const locked = "code" in error && error.code === "locked";
      return refuse(locked ? "login.locked" : "login.invalid", undefined, { values: { email } });
    }
    throw error; // the redirect after a successful sign-in
  }
}

/** Signs out and ends every session of the account (the session version changes). */
export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) {
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await audit(db, { actor: user, action: "auth.sign_out", ip: await requestIp() });
  }
  await signOut({ redirectTo: "/admin/login" });
}
