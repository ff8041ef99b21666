import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { PublicationState, Role } from "@/lib/generated/prisma/enums";
import * as initiativeActions from "@/lib/initiatives/actions";
import { emptyEditorValues, type InitiativeEditorInput } from "@/lib/initiatives/editor-schema";
import * as mediaActions from "@/lib/media/actions";
import { seedDatabase } from "@/prisma/seed/seed";

// Uploads go to a folder of this test's own, so "nothing written" can be checked on disk too.
const dataDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "civic-atlas-authz-"));
  process.env.DATA_DIR = dir;
  return dir;
});

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
    requestIp: async () => "203.0.113.9",
  };
});

/** Every action exported by lib/initiatives/actions.ts and lib/media/actions.ts. */
export const COVERED_ACTIONS = [
  "createInitiativeAction",
  "updateInitiativeAction",
  "restoreRevisionAction",
  "heartbeatPresenceAction",
  "deleteInitiativeAction",
  "uploadMediaAction",
] as const;

const actions = { ...initiativeActions, ...mediaActions };
type ActionName = (typeof COVERED_ACTIONS)[number];
type Action = (prev: undefined, input: unknown) => Promise<ActionState>;

const users = {} as Record<Role, SessionUser>;
const entries = {} as Record<PublicationState, { id: string; revisionId: string }>;
let causeId = "";
let png: Buffer;

function editorInput(name: string, version: number): InitiativeEditorInput {
  const v = emptyEditorValues();
  return {
    ...v,
    version,
    translations: { ...v.translations, en: { ...v.translations.en, name, status: "DRAFT" } },
    countries: ["KZ"],
    causes: [causeId],
    primaryCauseId: causeId,
  };
}

const update = (state: PublicationState) => () => ({
  id: entries[state].id,
  ...editorInput(`Changed ${state}`, 1),
});
const restore = (state: PublicationState) => () => ({ revisionId: entries[state].revisionId });
const upload = () => {
  const form = new FormData();
  form.set("kind", "LOGO");
  form.set("file", new File([new Uint8Array(png)], "logo.png", { type: "image/png" }));
  return form;
};

/**
 * Each action with who is refused. Callers are refused by role (the capability) or by the
 * entry's state (a contributor and a non-draft; anyone and a published entry for restores).
 */
const MATRIX: { name: ActionName; caller: Role | null; input: () => unknown; why: string }[] = [
  {
    name: "createInitiativeAction",
    caller: null,
    input: () => editorInput("New", 0),
    why: "anonymous",
  },
  { name: "updateInitiativeAction", caller: null, input: update("DRAFT"), why: "anonymous" },
  ...(["IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const).map((state) => ({
    name: "updateInitiativeAction" as const,
    caller: "CONTRIBUTOR" as const,
    input: update(state),
    why: `contributor, ${state}`,
  })),
  { name: "restoreRevisionAction", caller: null, input: restore("DRAFT"), why: "anonymous" },
  ...(["IN_REVIEW", "ARCHIVED", "PUBLISHED"] as const).map((state) => ({
    name: "restoreRevisionAction" as const,
    caller: "CONTRIBUTOR" as const,
    input: restore(state),
    why: `contributor, ${state}`,
  })),
  {
    name: "restoreRevisionAction",
    caller: "EDITOR",
    input: restore("PUBLISHED"),
    why: "published",
  },
  {
    name: "heartbeatPresenceAction",
    caller: null,
    input: () => ({ initiativeId: entries.DRAFT.id }),
    why: "anonymous",
  },
  ...([null, "CONTRIBUTOR", "EDITOR"] as const).map((caller) => ({
    name: "deleteInitiativeAction" as const,
    caller,
    input: () => ({ id: entries.DRAFT.id }),
    why: caller ?? "anonymous",
  })),
  {
    name: "deleteInitiativeAction",
    caller: "ADMIN",
    input: () => ({ id: entries.PUBLISHED.id }),
    why: "published",
  },
  { name: "uploadMediaAction", caller: null, input: upload, why: "anonymous" },
];

/** What the database (and the media folder) hold, in enough detail to see any change. */
async function fingerprint() {
  const [counts, initiatives, translations, search, presence, files] = await Promise.all([
    Promise.all([
      db.initiative.count(),
      db.initiativeAlias.count(),
      db.initiativeCountry.count(),
      db.initiativeCause.count(),
      db.initiativeLink.count(),
      db.initiativePerson.count(),
      db.initiativeFunding.count(),
      db.impactFigure.count(),
      db.source.count(),
      db.funder.count(),
      db.media.count(),
      db.revision.count(),
      db.auditLog.count(),
    ]),
    db.initiative.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        slug: true,
        state: true,
        version: true,
        updatedAt: true,
        updatedById: true,
      },
    }),
    db.initiativeTranslation.findMany({
      orderBy: [{ initiativeId: "asc" }, { locale: "asc" }],
      select: { initiativeId: true, locale: true, name: true, summary: true, updatedAt: true },
    }),
    db.initiativeSearch.findMany({
      orderBy: { initiativeId: "asc" },
      select: { initiativeId: true, names: true, updatedAt: true },
    }),
    db.editPresence.findMany({ orderBy: { userId: "asc" } }),
    readdir(path.join(dataDir, "media"), { recursive: true }).catch(() => []),
  ]);
  return { counts, initiatives, translations, search, presence, files };
}

beforeAll(async () => {
  await seedDatabase(db);
  for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const) {
    users[role] = await db.user.create({
      data: { email: `${role.toLowerCase()}@example.org`, role, passwordHash: "unused" },
      select: { id: true, email: true, name: true, role: true },
    });
  }
  causeId = (await db.cause.findFirstOrThrow({ select: { id: true } })).id;
  png = await sharp({
    create: { width: 64, height: 64, channels: 3, background: "#2a7" },
  })
    .png()
    .toBuffer();
  session.user = users.ADMIN;
  for (const state of ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const) {
    const created = await initiativeActions.createInitiativeAction(
      undefined,
      editorInput(`Entry ${state}`, 0),
    );
    expect(created.ok, created.message).toBe(true);
    const id = created.data!.id;
    await db.initiative.update({
      where: { id },
      data: { state, publishedAt: state === "PUBLISHED" ? new Date() : null },
    });
    const revision = await db.revision.findFirstOrThrow({ where: { initiativeId: id } });
    entries[state] = { id, revisionId: revision.id };
  }
  session.user = null;
});

describe("editor actions", () => {
  it("cover every exported action", () => {
    expect(Object.keys(actions).sort()).toEqual([...COVERED_ACTIONS].sort());
  });

  it.each(MATRIX.map((row) => [row.name, row.why, row] as const))(
    "%s refuses (%s) and changes nothing",
    async (_name, _why, row) => {
      const before = await fingerprint();
      session.user = row.caller ? users[row.caller] : null;
      const result = await (actions[row.name] as Action)(undefined, row.input());
      session.user = null;
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/\w/);
      expect(await fingerprint()).toEqual(before);
    },
  );

  // The refusals above mean something only if the same inputs succeed for an allowed caller.
  it.each<[ActionName, Role, () => unknown]>([
    ["uploadMediaAction", "CONTRIBUTOR", upload],
    ["heartbeatPresenceAction", "CONTRIBUTOR", () => ({ initiativeId: entries.DRAFT.id })],
    ["updateInitiativeAction", "CONTRIBUTOR", update("DRAFT")],
    ["updateInitiativeAction", "EDITOR", update("PUBLISHED")],
    ["restoreRevisionAction", "EDITOR", restore("ARCHIVED")],
    ["restoreRevisionAction", "CONTRIBUTOR", restore("DRAFT")],
    ["createInitiativeAction", "CONTRIBUTOR", () => editorInput("New", 0)],
    ["deleteInitiativeAction", "ADMIN", () => ({ id: entries.DRAFT.id })],
  ])("%s succeeds for %s with the same input", async (name, role, input) => {
    session.user = users[role];
    const result = await (actions[name] as Action)(undefined, input());
    session.user = null;
    expect(result, result.message).toMatchObject({ ok: true });
  });
});
