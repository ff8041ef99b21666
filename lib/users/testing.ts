/**
 * Test support for the staff area's actions: a stand-in session (the real one needs Auth.js and
 * a request), request headers and cookies, users and a database snapshot. Used by integration
 * tests only, as the factories of `vi.mock("@/lib/auth/session")` and `vi.mock("next/headers")`.
 */
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { AuthorizationError, can, type Capability } from "@/lib/authz";
import type { Db } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/mutations";

export const TEST_IP = "203.0.113.7";

export const fakeRequest = {
  user: null as SessionUser | null,
  cookies: new Map<string, string>(),
};

export function sessionModule() {
  return {
    getSessionUser: async () => fakeRequest.user,
    requireCapability: async (capability: Capability) => {
      const user = fakeRequest.user;
      if (!user) throw new AuthorizationError("unauthenticated");
      if (!can(user.role, capability)) throw new AuthorizationError("forbidden");
      return user;
    },
    requestIp: async () => TEST_IP,
  };
}

export function headersModule() {
  return {
    headers: async () => new Headers({ "x-forwarded-for": TEST_IP }),
    cookies: async () => ({
      get: (name: string) => {
        const value = fakeRequest.cookies.get(name);
        return value === undefined ? undefined : { name, value };
      },
      set: (name: string, value: string) => {
        fakeRequest.cookies.set(name, value);
      },
    }),
  };
}

export const PASSWORD = "orchard lantern ferry 42";

export async function makeUser(db: Db, role: Role, password = PASSWORD): Promise<SessionUser> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.org`;
  const result = await createUser(db, { email, role, password, name: `Test ${role}` });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return { id: result.user.id, email, name: `Test ${role}`, role };
}

export function formData(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const item of [value].flat()) data.append(key, item);
  return data;
}

/** Every row of the tables the staff area writes, to prove a refused call changed nothing. */
export async function snapshot(db: Db): Promise<unknown> {
  const byId = { orderBy: { id: "asc" as const } };
  const tables = await Promise.all([
    db.user.findMany({ ...byId, omit: { passwordHash: false } }),
    db.oneTimeToken.findMany(byId),
    db.auditLog.findMany(byId),
    db.authThrottle.findMany({ orderBy: { key: "asc" } }),
    db.cause.findMany({ ...byId, include: { translations: { orderBy: { locale: "asc" } } } }),
    db.orgType.findMany({ ...byId, include: { translations: { orderBy: { locale: "asc" } } } }),
    db.initiativeSearch.findMany({
      orderBy: { initiativeId: "asc" },
      select: { initiativeId: true, names: true, updatedAt: true },
    }),
  ]);
  return JSON.parse(
    JSON.stringify(tables, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    ),
  );
}

/** Awaits a Server Action expected to end in a redirect, and returns where it goes. */
export async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error("expected a redirect");
    },
    (reason: unknown) => reason,
  );
  const digest = (error as { digest?: string }).digest ?? "";
  expect(digest).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(";")[2] ?? "";
}
