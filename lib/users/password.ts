import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. (Algorithm 2 = argon2id.)
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let common: Set<string> | undefined;
function isCommon(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  return common.has(lower) || /^(.)\1+$/.test(password) || /civic ?atlas/.test(lower);
}

/** Length limits and a common-password list, no composition rules (NIST SP 800-63B). */
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: msg("validation.passwordShort", { min: PASSWORD_MIN }) })
  .max(PASSWORD_MAX, { error: msg("validation.passwordLong", { max: PASSWORD_MAX }) })
  .refine((password) => !isCommon(password), { error: msg("validation.passwordCommon") });

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
