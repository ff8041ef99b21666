import type { Db } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { clearFailures, lockedFor, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { hashPassword, PASSWORD_MAX, verifyPassword } from "@/lib/users/password";
import { EmailSchema } from "@/lib/users/schemas";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; minutes: number };

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password, with throttling per account and per client address. Unknown
 * accounts cost the same time as known ones, and every outcome is audited.
 */
export async function authenticate(
  db: Db,
  rawEmail: unknown,
  rawPassword: unknown,
  ip: string,
): Promise<SignInResult> {
  const parsedEmail = EmailSchema.safeParse(rawEmail);
  const email = parsedEmail.success ? parsedEmail.data : String(rawEmail ?? "").slice(0, 254);
  const password = typeof rawPassword === "string" ? rawPassword.slice(0, PASSWORD_MAX + 1) : "";
  const accountKey = throttleKey("account", email);
  const ipKey = throttleKey("ip", ip);

  const minutes = Math.max(await lockedFor(db, accountKey), await lockedFor(db, ipKey));
  if (minutes > 0) {
    await audit(db, { actor: null, action: "auth.sign_in_locked", ip, details: { email } });
    return { ok: false, reason: "locked", minutes };
  }

  const user = parsedEmail.success
    ? await db.user.findUnique({
        where: { email },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          sessionVersion: true,
          passwordHash: true,
        },
      })
    : null;
  dummyHash ??= hashPassword("a password nobody has, for constant-time refusals");
  const valid = user?.active
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await dummyHash, password)) && false;

  if (!user || !valid) {
    await recordFailure(db, "account", accountKey);
    await recordFailure(db, "ip", ipKey);
    await audit(db, {
      actor: user ? { id: user.id, email: user.email } : null,
      action: "auth.sign_in_failed",
      ip,
      details: {
        email,
        reason: !user ? "unknown_account" : !user.active ? "deactivated" : "wrong_password",
      },
    });
    return { ok: false, reason: "invalid" };
  }

  await clearFailures(db, accountKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await audit(db, { actor: { id: user.id, email: user.email }, action: "auth.sign_in", ip });
  const { passwordHash: _hash, active: _active, ...authenticated } = user;
  return { ok: true, user: authenticated };
}
