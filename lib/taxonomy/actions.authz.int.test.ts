import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  createCauseAction,
  createOrgTypeAction,
  deleteCauseAction,
  deleteOrgTypeAction,
  updateCauseAction,
  updateOrgTypeAction,
} from "@/lib/taxonomy/actions";
import { fakeRequest, formData, makeUser, redirectOf, snapshot } from "@/lib/users/testing";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/users/testing")).headersModule());

export const COVERED_ACTIONS = [
  "createCauseAction",
  "updateCauseAction",
  "deleteCauseAction",
  "createOrgTypeAction",
  "updateOrgTypeAction",
  "deleteOrgTypeAction",
] as const;

const callers: Partial<Record<Role, SessionUser>> = {};
beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const)
    callers[role] = await makeUser(db, role);
});

const unique = () => `t-${randomBytes(4).toString("hex")}`;
const names = (label: string) => ({
  name_en: `${label} en`,
  name_ru: `${label} ru`,
  name_kk: `${label} kk`,
});

async function cause(): Promise<string> {
  const slug = unique();
  const row = await db.cause.create({
    data: { slug, sdgs: [4], translations: { create: [{ locale: "en", name: slug }] } },
  });
  return row.id;
}

async function orgType(): Promise<string> {
  const slug = unique();
  const row = await db.orgType.create({
    data: { slug, translations: { create: [{ locale: "en", name: slug }] } },
  });
  return row.id;
}

let target = "";

/** Each case makes its target (before the snapshot), calls the action, and checks the result. */
const CASES: Record<
  (typeof COVERED_ACTIONS)[number],
  { prepare: () => Promise<() => Promise<unknown>>; succeeded: (result: unknown) => Promise<void> }
> = {
  createCauseAction: {
    prepare: async () => {
      target = unique();
      return () =>
        createCauseAction(undefined, formData({ slug: target, ...names("C"), sdgs: ["3", "5"] }));
    },
    succeeded: async (result) => {
      const row = await db.cause.findUniqueOrThrow({ where: { slug: target } });
      expect(row.sdgs).toEqual([3, 5]);
      expect(await redirectOf(Promise.reject(result as Error))).toBe(
        `/admin/taxonomy/causes/${row.id}?saved=created`,
      );
    },
  },
  updateCauseAction: {
    prepare: async () => {
      target = await cause();
      return () => updateCauseAction(undefined, formData({ id: target, ...names("Renamed") }));
    },
    succeeded: async (result) => {
      expect(result).toMatchObject({ ok: true });
      const row = await db.causeTranslation.findUniqueOrThrow({
        where: { causeId_locale: { causeId: target, locale: "en" } },
      });
      expect(row.name).toBe("Renamed en");
    },
  },
  deleteCauseAction: {
    prepare: async () => {
      target = await cause();
      return () => deleteCauseAction(undefined, formData({ id: target }));
    },
    succeeded: async () => {
      expect(await db.cause.count({ where: { id: target } })).toBe(0);
    },
  },
  createOrgTypeAction: {
    prepare: async () => {
      target = unique();
      return () => createOrgTypeAction(undefined, formData({ slug: target, ...names("T") }));
    },
    succeeded: async () => {
      expect(await db.orgType.count({ where: { slug: target } })).toBe(1);
    },
  },
  updateOrgTypeAction: {
    prepare: async () => {
      target = await orgType();
      return () =>
        updateOrgTypeAction(undefined, formData({ id: target, sortOrder: "7", ...names("U") }));
    },
    succeeded: async (result) => {
      expect(result).toMatchObject({ ok: true });
      expect((await db.orgType.findUniqueOrThrow({ where: { id: target } })).sortOrder).toBe(7);
    },
  },
  deleteOrgTypeAction: {
    prepare: async () => {
      target = await orgType();
      return () => deleteOrgTypeAction(undefined, formData({ id: target }));
    },
    succeeded: async () => {
      expect(await db.orgType.count({ where: { id: target } })).toBe(0);
    },
  },
};

/** Runs a call that may end in a redirect (thrown); returns its result or the thrown value. */
const settle = (call: () => Promise<unknown>) => call().catch((error: unknown) => error);

describe.each(Object.entries(CASES))("%s", (_name, { prepare, succeeded }) => {
  it.each(["anonymous", "CONTRIBUTOR"] as const)(
    "refuses %s callers and changes nothing",
    async (caller) => {
      const call = await prepare();
      fakeRequest.user = caller === "anonymous" ? null : callers[caller]!;
      const before = await snapshot(db);
      const result = (await settle(call)) as { ok: boolean };
      expect(result.ok).toBe(false);
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it.each(["EDITOR", "ADMIN"] as const)("lets an %s do it, audited", async (role) => {
    const call = await prepare();
    fakeRequest.user = callers[role]!;
    const audits = await db.auditLog.count();
    await succeeded(await settle(call));
    const entry = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(await db.auditLog.count()).toBe(audits + 1);
    expect(entry).toMatchObject({ actorId: callers[role]!.id, ip: "203.0.113.7" });
    expect(entry.action).toMatch(/^taxonomy\./);
  });
});
