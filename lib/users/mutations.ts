import { z } from "zod";
import { resolveText } from "@/lib/admin-i18n/codes";
import { en } from "@/lib/admin-i18n/en";
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/users/password";
import { CreateUserSchema, type CreateUserInput } from "@/lib/users/schemas";

export type CreateUserResult =
  | { ok: true; user: { id: string; email: string; role: string } }
  | { ok: false; fieldErrors: Record<string, string[]> };

/** The schema's message codes in English words: this path serves the command line. */
function inEnglish(errors: Record<string, string[] | undefined>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, list]) => [
      field,
      (list ?? []).map((text) => resolveText(en, "en", text)),
    ]),
  );
}

/** Creates a staff account. Callers check who may do this (the CLI runs as the operator). */
export async function createUser(db: Db, input: CreateUserInput): Promise<CreateUserResult> {
  const parsed = CreateUserSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, fieldErrors: inEnglish(z.flattenError(parsed.error).fieldErrors) };
  const { email, name, password, role } = parsed.data;
  try {
    const user = await db.user.create({
      data: { email, name, role, passwordHash: await hashPassword(password) },
      select: { id: true, email: true, role: true },
    });
    return { ok: true, user };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: ["An account with this email already exists."] } };
    }
    throw error;
  }
}
