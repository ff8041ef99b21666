import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/action";
import { decodeMessage } from "@/lib/admin-i18n/codes";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import * as outboxActions from "@/lib/email/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import * as moderationActions from "@/lib/submissions/moderation-actions";
import { createTestSubmission } from "@/lib/submissions/testing";
import { fakeRequest, makeUser } from "@/lib/users/testing";
import { seedDatabase } from "@/prisma/seed/seed";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());

const actions = { ...moderationActions, ...outboxActions };
type Action = (prev: undefined, input: Record<string, unknown>) => Promise<ActionState>;

let submissionId = "";
let initiativeId = "";
let failedEmailId = "";

/** Each action, the roles refused, a role allowed, and a valid input for it. */
const MATRIX: {
  name: keyof typeof actions;
  refused: (Role | null)[];
  allowed: Role;
  input: () => Record<string, unknown>;
}[] = [
  {
    name: "approveSubmissionAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: submissionId }),
  },
  {
    name: "mergeSubmissionAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: submissionId, initiativeId }),
  },
  {
    name: "requestChangesAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: submissionId, message: "Please add a website." }),
  },
  {
    name: "rejectSubmissionAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "ADMIN",
    input: () => ({ id: submissionId, reason: "out_of_scope", message: "" }),
  },
  {
    name: "markSpamAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: submissionId }),
  },
  {
    name: "addStaffNoteAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ id: submissionId, message: "Checked their website." }),
  },
  {
    name: "eraseSubmitterDataAction",
    refused: [null, "CONTRIBUTOR", "EDITOR"],
    allowed: "ADMIN",
    input: () => ({ id: submissionId, confirm: "ERASE" }),
  },
  {
    name: "retryOutboxEmailAction",
    refused: [null, "CONTRIBUTOR", "EDITOR"],
    allowed: "ADMIN",
    input: () => ({ id: failedEmailId }),
  },
];

export const COVERED_ACTIONS = [
  "approveSubmissionAction",
  "mergeSubmissionAction",
  "requestChangesAction",
  "rejectSubmissionAction",
  "markSpamAction",
  "addStaffNoteAction",
  "eraseSubmitterDataAction",
  "retryOutboxEmailAction",
];

const users = {} as Record<Role, SessionUser>;

/** Every table a moderation action writes. */
async function fingerprint() {
  const byId = { orderBy: { id: "asc" as const } };
  const rows = await Promise.all([
    db.submission.findMany(byId),
    db.submissionMessage.findMany(byId),
    db.outboxEmail.findMany(byId),
    db.initiative.findMany({
      ...byId,
      select: { id: true, state: true, version: true, updatedAt: true },
    }),
    db.initiativeLink.count(),
    db.initiativeAlias.count(),
    db.revision.count(),
    db.auditLog.count(),
    db.media.count(),
  ]);
  return JSON.stringify(rows);
}

beforeAll(async () => {
  await seedDatabase(db);
  for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as Role[])
    users[role] = await makeUser(db, role);
});

async function resetFixtures() {
  submissionId = (await createTestSubmission(db)).id;
  initiativeId = (
    await db.initiative.create({
      data: {
        slug: `authz-merge-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
        translations: { create: [{ locale: "en", name: "Authz merge target" }] },
      },
      select: { id: true },
    })
  ).id;
  failedEmailId = (
    await db.outboxEmail.create({
      data: {
        to: "someone@example.org",
        locale: "en",
        template: "submission.received",
        subject: "s",
        text: "t",
        status: "FAILED",
        attempts: 6,
        lastError: "421 later",
      },
      select: { id: true },
    })
  ).id;
}

describe.each(MATRIX)("$name", ({ name, refused, allowed, input }) => {
  it.each(refused.map((role) => [role ?? "anonymous", role] as const))(
    "refuses %s and changes nothing",
    async (_label, role) => {
      await resetFixtures();
      fakeRequest.user = role ? users[role] : null;
      const before = await fingerprint();
      const result = await (actions[name] as unknown as Action)(undefined, input());
      expect(result.ok).toBe(false);
      expect(decodeMessage(result.message)?.code ?? result.message).toMatch(/sign in|not allowed/i);
      expect(await fingerprint()).toBe(before);
    },
  );

  it(`allows ${allowed}`, async () => {
    await resetFixtures();
    fakeRequest.user = users[allowed];
    const result = await (actions[name] as unknown as Action)(undefined, input());
    expect(result).toMatchObject({ ok: true });
  });
});

it("covers every exported action", () => {
  expect(Object.keys(actions).sort()).toEqual([...COVERED_ACTIONS].sort());
  expect(MATRIX.map((row) => row.name).sort()).toEqual([...COVERED_ACTIONS].sort());
});
