import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { msg } from "@/lib/admin-i18n/codes";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { getPublishedInitiative } from "@/lib/initiatives/queries";
import {
  bulkTransitionAction,
  cancelScheduleAction,
  createPreviewLinkAction,
  publishInitiativeAction,
  scheduleAction,
  submitForReviewAction,
  unpublishInitiativeAction,
} from "@/lib/initiatives/workflow-actions";
import { getPreview } from "@/lib/initiatives/preview";
import { runDueActions } from "@/lib/jobs/scheduler";
import { revalidatedTags } from "@/lib/testing/next-cache-stub";
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
    requestIp: async () => "203.0.113.9",
  };
});

let editor: SessionUser;
let contributor: SessionUser;

async function draft(slug: string) {
  const orgType = await db.orgType.findFirstOrThrow({ select: { id: true } });
  return db.initiative.create({
    data: {
      slug,
      orgTypeId: orgType.id,
      countries: { create: [{ countryCode: "KZ" }] },
      translations: {
        create: [
          { locale: "en", name: `Test ${slug}`, summary: "A test entry.", description: "Text." },
        ],
      },
    },
    select: { id: true, slug: true },
  });
}

const state = async (id: string) =>
  (await db.initiative.findUniqueOrThrow({ where: { id }, select: { state: true } })).state;

beforeAll(async () => {
  await seedDatabase(db);
  editor = await db.user.create({
    data: { email: "editor@example.org", role: "EDITOR", passwordHash: "unused" },
    select: { id: true, email: true, name: true, role: true },
  });
  contributor = await db.user.create({
    data: { email: "contributor@example.org", role: "CONTRIBUTOR", passwordHash: "unused" },
    select: { id: true, email: true, name: true, role: true },
  });
});

beforeEach(() => {
  revalidatedTags.length = 0;
});

describe("publication workflow", () => {
  it("takes a draft through review to publication and back, with revisions, audit and cache invalidation", async () => {
    const { id, slug } = await draft("workflow-one");
    session.user = contributor;
    expect(await submitForReviewAction(undefined, { id })).toMatchObject({ ok: true });
    expect(await state(id)).toBe("IN_REVIEW");
    expect(await publishInitiativeAction(undefined, { id })).toMatchObject({ ok: false });
    expect(await state(id)).toBe("IN_REVIEW");

    session.user = editor;
    expect(await publishInitiativeAction(undefined, { id })).toMatchObject({ ok: true });
    expect(await state(id)).toBe("PUBLISHED");
    expect(revalidatedTags).toContain(`initiative:${slug}`);
    expect(await getPublishedInitiative(slug, "en")).toMatchObject({ name: "Test workflow-one" });
    const firstPublished = (await db.initiative.findUniqueOrThrow({ where: { id } })).publishedAt;

    expect(await unpublishInitiativeAction(undefined, { id })).toMatchObject({ ok: true });
    expect(await getPublishedInitiative(slug, "en")).toBeNull();
    expect(await publishInitiativeAction(undefined, { id })).toMatchObject({ ok: true });
    // Republishing keeps the first publication date.
    expect((await db.initiative.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(
      firstPublished,
    );

    const revisions = await db.revision.findMany({
      where: { initiativeId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(revisions.map((r) => r.action)).toEqual(["submit", "publish", "unpublish", "publish"]);
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "initiative.submit",
      "initiative.publish",
      "initiative.unpublish",
      "initiative.publish",
    ]);
    expect(audits[1]).toMatchObject({ actorEmail: "editor@example.org", ip: "203.0.113.9" });
  });

  it("refuses a move the current state does not allow and changes nothing", async () => {
    const { id } = await draft("workflow-two");
    session.user = editor;
    const before = await db.revision.count({ where: { initiativeId: id } });
    const result = await unpublishInitiativeAction(undefined, { id });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("cannot be unpublished"),
    });
    expect(await state(id)).toBe("DRAFT");
    expect(await db.revision.count({ where: { initiativeId: id } })).toBe(before);
  });

  it("applies bulk actions entry by entry and reports the refused ones", async () => {
    const a = await draft("bulk-a");
    const b = await draft("bulk-b");
    session.user = editor;
    await publishInitiativeAction(undefined, { id: b.id });
    await unpublishInitiativeAction(undefined, { id: b.id });
    await db.initiative.update({ where: { id: b.id }, data: { state: "ARCHIVED" } });
    const result = await bulkTransitionAction(undefined, {
      ids: [a.id, b.id],
      transition: "archive",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "workflow.results.bulkPartly",
      data: { done: 1 },
    });
    expect(result.data?.refused).toEqual([
      {
        id: b.id,
        reason: msg("workflow.results.wrongState", {
          state: msg("states.ARCHIVED"),
          transition: msg("workflow.past.archive"),
        }),
      },
    ]);
    expect(result.message).toBe("1 entry updated; 1 could not be changed.");
    expect(await state(a.id)).toBe("ARCHIVED");
  });
});

describe("scheduled publication", () => {
  it("fires a due action on the first run after a restart, exactly once across instances", async () => {
    const { id, slug } = await draft("scheduled-one");
    session.user = editor;
    const runAt = new Date(Date.now() + 60_000);
    expect(
      await scheduleAction(undefined, { id, action: "PUBLISH", runAt: runAt.toISOString() }),
    ).toMatchObject({ ok: true });
    expect(await runDueActions(db)).toEqual([]);
    expect(await state(id)).toBe("DRAFT");

    // The app was down when the action fell due; two instances start and run their job runner.
    const later = new Date(runAt.getTime() + 1_000);
    const instanceA = createPrismaClient(process.env.DATABASE_URL!, 3);
    const instanceB = createPrismaClient(process.env.DATABASE_URL!, 3);
    const [a, b] = await Promise.all([
      runDueActions(instanceA, later),
      runDueActions(instanceB, later),
    ]);
    await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);

    expect([...a, ...b].filter((r) => r.initiativeId === id)).toEqual([
      expect.objectContaining({ ok: true, slug }),
    ]);
    expect(await state(id)).toBe("PUBLISHED");
    expect(await db.revision.count({ where: { initiativeId: id, action: "publish" } })).toBe(1);
    expect(await db.scheduledAction.findFirst({ where: { initiativeId: id } })).toMatchObject({
      status: "DONE",
    });
    expect(
      await db.cacheTagRevision.findUnique({ where: { tag: `initiative:${slug}` } }),
    ).not.toBeNull();
    expect(
      await db.auditLog.findFirst({ where: { entityId: id, action: "initiative.publish" } }),
    ).toMatchObject({
      actorEmail: "editor@example.org",
      details: expect.objectContaining({ via: "schedule" }),
    });
  });

  it("does not run cancelled actions, and refuses schedules in the past", async () => {
    const { id } = await draft("scheduled-two");
    session.user = editor;
    await scheduleAction(undefined, {
      id,
      action: "PUBLISH",
      runAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const schedule = await db.scheduledAction.findFirstOrThrow({ where: { initiativeId: id } });
    expect(await cancelScheduleAction(undefined, { scheduleId: schedule.id })).toMatchObject({
      ok: true,
    });
    expect(await runDueActions(db, new Date(Date.now() + 120_000))).toEqual([]);
    expect(await state(id)).toBe("DRAFT");

    const past = await scheduleAction(undefined, {
      id,
      action: "PUBLISH",
      runAt: "2020-01-01T00:00:00Z",
    });
    expect(past).toMatchObject({
      ok: false,
      fieldErrors: { runAt: [msg("workflow.errors.future")] },
    });
  });
});

describe("previews", () => {
  it("shows a draft to share-link holders until the link expires, and to nobody else", async () => {
    const { id } = await draft("preview-one");
    session.user = contributor;
    const link = await createPreviewLinkAction(undefined, { id, days: 1 });
    expect(link.ok).toBe(true);
    const token = new URL(link.data!.url).searchParams.get("token")!;

    session.user = null;
    expect(await getPreview(id, "en", token)).toMatchObject({
      state: "DRAFT",
      initiative: { name: "Test preview-one" },
    });
    expect(await getPreview(id, "en", undefined)).toBeNull();
    expect(await getPreview(id, "en", "x".repeat(43))).toBeNull();
    const other = await draft("preview-two");
    expect(await getPreview(other.id, "en", token)).toBeNull();

    await db.oneTimeToken.updateMany({
      where: { initiativeId: id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await getPreview(id, "en", token)).toBeNull();
  });
});
