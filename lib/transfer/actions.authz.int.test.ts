import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import * as actions from "@/lib/transfer/actions";
import { exportText } from "@/lib/transfer/export";
import { planImport } from "@/lib/transfer/plan";
import { seedDatabase } from "@/prisma/seed/seed";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async () => {
  const { AuthorizationError, can } = await import("@/lib/authz");
  return {
    getSessionUser: async () => session.user,
    requireCapability: async (capability: Parameters<typeof can>[1]) => {
      if (!session.user) throw new AuthorizationError("unauthenticated");
      if (!can(session.user.role, capability)) throw new AuthorizationError("forbidden");
      return session.user;
    },
    requestIp: async () => "203.0.113.1",
  };
});

type Action = (prev: undefined, input: Record<string, unknown>) => Promise<ActionState>;

export const COVERED_ACTIONS = ["previewImportAction", "applyImportAction"];

const users = {} as Record<Role, SessionUser>;
let file: File;
let digest = "";

/** A file that changes one name, so an allowed import really writes. */
async function prepare() {
  const csv = await exportText(db, "csv");
  const row = await db.initiativeTranslation.findFirstOrThrow({
    where: { locale: "en", initiative: { slug: "askak" } },
  });
  const edited = csv.replace(`,${row.name},`, `,${row.name} (renamed ${Date.now()}),`);
  file = new File([edited], "initiatives.csv", { type: "text/csv" });
  digest = (await planImport(db, edited, { permits: () => true })).digest;
}

async function fingerprint() {
  const [initiatives, translations, revisions, audits] = await Promise.all([
    db.initiative.findMany({
      select: { slug: true, version: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.initiativeTranslation.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    db.revision.count(),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ initiatives, translations, revisions, audits });
}

beforeAll(async () => {
  await seedDatabase(db);
  for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as Role[]) {
    users[role] = await db.user.create({
      data: { email: `${role.toLowerCase()}@example.org`, role, passwordHash: "unused" },
      select: { id: true, email: true, name: true, role: true },
    });
  }
});

const MATRIX: { name: (typeof COVERED_ACTIONS)[number]; input: () => Record<string, unknown> }[] = [
  { name: "previewImportAction", input: () => ({ file }) },
  { name: "applyImportAction", input: () => ({ file, digest }) },
];

describe.each(MATRIX)("$name", ({ name, input }) => {
  it.each([
    ["anonymous", null],
    ["a contributor", "CONTRIBUTOR"],
  ] as const)("refuses %s and changes nothing", async (_label, role) => {
    await prepare();
    session.user = role ? users[role] : null;
    const before = await fingerprint();
    const action = actions[name as keyof typeof actions] as unknown as Action;
    const result = await action(undefined, input());
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/sign in|not allowed/i);
    expect(result.data).toBeUndefined();
    expect(await fingerprint()).toBe(before);
  });

  it("allows an editor", async () => {
    await prepare();
    session.user = users.EDITOR;
    const action = actions[name as keyof typeof actions] as unknown as Action;
    const result = await action(undefined, input());
    expect(result).toMatchObject({ ok: true });
  });
});

it("writes the import for an editor, audited under their name", async () => {
  await prepare();
  session.user = users.EDITOR;
  const result = await actions.applyImportAction(undefined, { file, digest });
  expect(result).toMatchObject({ ok: true, data: { report: { counts: { update: 1 } } } });
  const entry = await db.auditLog.findFirstOrThrow({
    where: { action: "initiative.import" },
    orderBy: { id: "desc" },
  });
  expect(entry).toMatchObject({ actorId: users.EDITOR.id, ip: "203.0.113.1" });
});

it("covers every exported action", () => {
  expect(Object.keys(actions).sort()).toEqual([...COVERED_ACTIONS].sort());
});
