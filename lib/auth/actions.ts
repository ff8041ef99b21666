"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import type { ActionState } from "@/lib/action";
import { signIn, signOut } from "@/lib/auth";
import { getSessionUser, requestIp } from "@/lib/auth/session";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";

const SignInSchema = z.object({
  email: z.string().trim().min(1, { error: "Enter your email address." }).max(254),
  password: z.string().min(1, { error: "Enter your password." }).max(1024),
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
    return {
      ok: false,
      message: "Enter your email address and password.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values: { email },
    };
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
      return {
        ok: false,
        message: locked
          ? "Too many failed attempts. Sign-in is paused for 15 minutes for this account or network."
          : "The email address or password is not correct.",
        values: { email },
      };
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
