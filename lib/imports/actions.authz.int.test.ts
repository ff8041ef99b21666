import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import * as actions from "@/lib/imports/actions";
import { importFeedText } from "@/lib/imports/run";
import { fakeRequest, formData, makeUser } from "@/lib/users/testing";
import { seedDatabase } from "@/prisma/seed/seed";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());
vi.mock("next/server", () => ({ after: () => {} }));

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Authz Fund</title>
<item><title>Story one</title><link>https://example.org/authz-one/</link><guid>authz-1</guid></item>
<item><title>Story two</title><link>https://example.org/authz-two/</link><guid>authz-2</guid></item>
</channel></rss>`;

type Action = (prev: undefined, input: FormData | Record<string, unknown>) => Promise<ActionState>;
const fixtures = { candidateId: "", publishedId: "", draftId: "", causeId: "" };

/** Each action, the roles refused outright, a role allowed, and a valid input for it. */
const MATRIX: {
  name: keyof typeof actions;
  refused: (Role | null)[];
  allowed: Role;
  input: () => FormData | Record<string, unknown>;
}[] = [
  {
    name: "startFeedImportAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => {
      const form = formData({ url: "" });
      form.append("file", new File([FEED.replace(/authz-/g, `authz-${Math.random()}-`)], "f.xml"));
      return form;
    },
  },
  {
    name: "attachCandidateAction",
    refused: [null],
    allowed: "CONTRIBUTOR",
    input: () => ({ candidateId: fixtures.candidateId, initiativeId: fixtures.draftId }),
  },
  {
    name: "draftCandidateAction",
    refused: [null],
    allowed: "CONTRIBUTOR",
    input: () =>
      formData({
        candidateId: fixtures.candidateId,
        name: `Authz draft ${Math.random()}`,
        locale: "en",
        countries: "KZ",
        causes: fixtures.causeId,
      }),
  },
  {
    name: "dismissCandidateAction",
    refused: [null, "CONTRIBUTOR"],
    allowed: "EDITOR",
    input: () => ({ candidateId: fixtures.candidateId }),
  },
];

export const COVERED_ACTIONS = [
  "startFeedImportAction",
  "attachCandidateAction",
  "draftCandidateAction",
  "dismissCandidateAction",
];

const users = {} as Record<Role, SessionUser>;

async function fingerprint() {
  const [runs, candidates, initiatives, sources, revisions, audits] = await Promise.all([
    db.feedImportRun.findMany({ orderBy: { id: "asc" } }),
    db.importCandidate.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, initiativeId: true, decidedById: true },
    }),
    db.initiative.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.source.count(),
    db.revision.count(),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ runs, candidates, initiatives, sources, revisions, audits });
}

beforeAll(async () => {
  await seedDatabase(db);
  for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as Role[])
    users[role] = await makeUser(db, role);
  fixtures.causeId = (await db.cause.findFirstOrThrow({ select: { id: true } })).id;
  fixtures.publishedId = (
    await db.initiative.findFirstOrThrow({ where: { state: "PUBLISHED" }, select: { id: true } })
  ).id;
});

/** A fresh NEW candidate and draft for each call, so every allowed call has work to do. */
async function resetFixtures() {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await importFeedText(db, {
    source: "authz",
    text: FEED.replace(/authz-/g, `authz-${tag}-`),
    startedById: null,
  });
  fixtures.candidateId = (
    await db.importCandidate.findFirstOrThrow({
      where: { dedupeKey: `authz-${tag}-1` },
      select: { id: true },
    })
  ).id;
  fixtures.draftId = (
    await db.initiative.create({
      data: { slug: `authz-${tag}`, translations: { create: [{ locale: "en", name: tag }] } },
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
      expect(result.message).toMatch(/sign in|not allowed/i);
      expect(await fingerprint()).toBe(before);
    },
  );

  it(`allows ${allowed}`, async () => {
    await resetFixtures();
    fakeRequest.user = users[allowed];
    const result = await (actions[name] as unknown as Action)(undefined, input()).catch(
      (error: { digest?: string }) => {
        // Starting an import and creating a draft end in a redirect.
        expect(error.digest).toMatch(/^NEXT_REDIRECT;/);
        return { ok: true };
      },
    );
    expect(result).toMatchObject({ ok: true });
  });
});

it("refuses a contributor's attach to a published entry, changing nothing", async () => {
  await resetFixtures();
  fakeRequest.user = users.CONTRIBUTOR;
  const before = await fingerprint();
  const result = await actions.attachCandidateAction(undefined, {
    candidateId: fixtures.candidateId,
    initiativeId: fixtures.publishedId,
  });
  expect(result).toMatchObject({ ok: false, code: "imports.results.notEditable" });
  expect(await fingerprint()).toBe(before);
});

it("covers every exported action", () => {
  expect(Object.keys(actions).sort()).toEqual([...COVERED_ACTIONS].sort());
  expect(MATRIX.map((row) => row.name).sort()).toEqual([...COVERED_ACTIONS].sort());
});
