import { beforeAll, describe, expect, it, vi } from "vitest";
import { decodeMessage } from "@/lib/admin-i18n/codes";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { queueStaffNotice, STAFF_NOTICE_TEMPLATE } from "@/lib/email";
import { retryOutboxEmailAction } from "@/lib/email/actions";
import { applyTransition } from "@/lib/initiatives/workflow";
import {
  addStaffNoteAction,
  approveSubmissionAction,
  eraseSubmitterDataAction,
  markSpamAction,
  mergeSubmissionAction,
  rejectSubmissionAction,
  requestChangesAction,
} from "@/lib/submissions/moderation-actions";
import { eraseExpiredContactData } from "@/lib/submissions/retention";
import { createTestSubmission } from "@/lib/submissions/testing";
import { getSubmissionByToken } from "@/lib/submissions/public-queries";
import { statusTokenFor } from "@/lib/submissions/status-token";
import { fakeRequest, makeUser } from "@/lib/users/testing";
import { seedDatabase } from "@/prisma/seed/seed";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());

let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  await seedDatabase(db);
  admin = await makeUser(db, "ADMIN");
  editor = await makeUser(db, "EDITOR");
  await makeUser(db, "CONTRIBUTOR");
  fakeRequest.user = editor;
});

const code = (message: string) => decodeMessage(message)?.code;
const submission = (id: string) => db.submission.findUniqueOrThrow({ where: { id } });
const emails = (submissionId: string, template?: string) =>
  db.outboxEmail.findMany({
    where: { submissionId, ...(template ? { template } : {}) },
    orderBy: { createdAt: "asc" },
  });

describe("approving a submission", () => {
  it("creates a draft initiative holding the submitted data, in one transaction", async () => {
    const logo = await db.media.create({
      data: {
        kind: "LOGO",
        storageKey: `test/${Date.now()}.webp`,
        mimeType: "image/webp",
        width: 1,
        height: 1,
      },
    });
    const sent = await createTestSubmission(db, { atRisk: true, logoId: logo.id });
    const result = await approveSubmissionAction(undefined, { id: sent.id });
    expect(result.ok).toBe(true);
    expect(code(result.message)).toBe("submissions.results.approved");

    const stored = await submission(sent.id);
    expect(stored).toMatchObject({ status: "APPROVED", decidedById: editor.id });
    expect(stored.decidedAt).not.toBeNull();
    const initiative = await db.initiative.findUniqueOrThrow({
      where: { id: stored.initiativeId! },
      include: {
        translations: true,
        aliases: true,
        countries: true,
        causes: { include: { cause: true } },
        links: { orderBy: { sortOrder: "asc" } },
        orgType: true,
        primaryCause: true,
        revisions: true,
        search: { select: { names: true, published: true } },
      },
    });
    expect(initiative).toMatchObject({
      state: "DRAFT",
      sensitive: true,
      foundedYear: 2019,
      logoId: logo.id,
      createdById: editor.id,
    });
    expect(initiative.slug).toMatch(/^test-initiative-[a-z0-9]+$/);
    expect(initiative.translations).toEqual([
      expect.objectContaining({
        locale: "ru",
        name: sent.data.name,
        summary: sent.data.summary,
        description: sent.data.description,
        city: "Almaty",
        status: "DRAFT",
      }),
    ]);
    expect(initiative.aliases.map((a) => a.value)).toEqual([sent.data.altName]);
    expect(initiative.countries.map((c) => c.countryCode).sort()).toEqual(["KG", "KZ"]);
    expect(initiative.causes.map((c) => c.cause.slug).sort()).toEqual([...sent.data.causes].sort());
    expect(initiative.primaryCause?.slug).toBe(sent.data.causes[0]);
    expect(initiative.orgType?.slug).toBe(sent.data.orgType);
    expect(initiative.links.map((l) => [l.type, l.url])).toEqual(
      sent.data.links.map((l) => [l.type, l.value]),
    );
    expect(initiative.revisions.map((r) => r.action)).toEqual(["create"]);
    expect(initiative.search?.published).toBe(false);
    expect(initiative.search?.names).toContain("test initiative");

    const audits = await db.auditLog.findMany({
      where: { OR: [{ entityId: sent.id }, { entityId: initiative.id }] },
      select: { action: true },
    });
    expect(audits.map((a) => a.action).sort()).toEqual([
      "initiative.create",
      "submission.approved",
    ]);

    const [received, approved] = await emails(sent.id);
    expect(received?.template).toBe("submission.received");
    expect(approved).toMatchObject({
      template: "submission.approved",
      to: sent.contactEmail,
      locale: "ru",
      status: "PENDING",
    });
    expect(approved?.subject).toBe(`Ваша заявка «${sent.data.name}» принята`);
    expect(approved?.text).toContain(`/ru/submit/status/${statusTokenFor(sent.id)}`);
    expect(approved?.text).toContain("Здравствуйте, Aigerim!");
  });

  it("cannot approve twice, and of two simultaneous approvals exactly one wins", async () => {
    const sent = await createTestSubmission(db);
    const results = await Promise.all([
      approveSubmissionAction(undefined, { id: sent.id }),
      approveSubmissionAction(undefined, { id: sent.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok)!;
    expect(decodeMessage(refused.message)).toMatchObject({
      code: "submissions.results.wrongStatus",
    });
    expect(
      await db.initiative.count({ where: { translations: { some: { name: sent.data.name } } } }),
    ).toBe(1);
    expect(await emails(sent.id, "submission.approved")).toHaveLength(1);

    const again = await approveSubmissionAction(undefined, { id: sent.id });
    expect(again.ok).toBe(false);
  });

  it("queues the published email once, when the draft is first published", async () => {
    const sent = await createTestSubmission(db, { locale: "kk" });
    await approveSubmissionAction(undefined, { id: sent.id });
    const { initiativeId } = await submission(sent.id);
    const actor = { id: editor.id, email: editor.email, role: editor.role };
    const move = (t: "publish" | "unpublish") =>
      db.$transaction((tx) => applyTransition(tx, initiativeId!, t, actor, null));
    expect(await move("publish")).toMatchObject({ ok: true });
    expect(await move("unpublish")).toMatchObject({ ok: true });
    expect(await move("publish")).toMatchObject({ ok: true });
    const published = await emails(sent.id, "submission.published");
    expect(published).toHaveLength(1);
    const { slug } = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId! } });
    expect(published[0]!.text).toContain(`/kk/initiatives/${slug}`);
    expect(published[0]!.subject).toContain("Civic Atlas-та");
  });
});

describe("requesting changes, rejecting, spam", () => {
  it("requests changes with a message the email quotes; an empty message is refused", async () => {
    const sent = await createTestSubmission(db, { locale: "en" });
    const empty = await requestChangesAction(undefined, { id: sent.id, message: "  " });
    expect(empty.ok).toBe(false);
    expect(code(empty.fieldErrors?.message?.[0] ?? "")).toBe("submissions.validation.message");
    expect((await submission(sent.id)).status).toBe("NEW");

    const result = await requestChangesAction(undefined, {
      id: sent.id,
      message: "Please add your website.",
    });
    expect(result.ok).toBe(true);
    expect((await submission(sent.id)).status).toBe("CHANGES_REQUESTED");
    const [email] = await emails(sent.id, "submission.changes_requested");
    expect(email?.subject).toBe(`Please update your proposal “${sent.data.name}”`);
    expect(email?.text).toContain("Please add your website.");
    const messages = await db.submissionMessage.findMany({ where: { submissionId: sent.id } });
    expect(messages).toEqual([
      expect.objectContaining({ kind: "changes_requested", fromStaff: true, authorId: editor.id }),
    ]);
  });

  it("rejects with a preset reason, told to the submitter in their language", async () => {
    const sent = await createTestSubmission(db, { locale: "ru" });
    const bad = await rejectSubmissionAction(undefined, {
      id: sent.id,
      reason: "because",
    } as never);
    expect(bad.fieldErrors?.reason).toBeDefined();
    const result = await rejectSubmissionAction(undefined, {
      id: sent.id,
      reason: "out_of_scope",
      message: "Мы собираем только инициативы из Центральной Азии.",
    });
    expect(result.ok).toBe(true);
    expect(await submission(sent.id)).toMatchObject({ status: "REJECTED", decidedById: editor.id });
    const [email] = await emails(sent.id, "submission.rejected");
    expect(email?.text).toContain("Причина: Это не гражданская или социальная инициатива");
    expect(email?.text).toContain("Мы собираем только инициативы из Центральной Азии.");
    // A closed submission takes no further decision.
    expect((await requestChangesAction(undefined, { id: sent.id, message: "x" })).ok).toBe(false);
  });

  it("shows the submitter a rejection's reason even when it has no text", async () => {
    const sent = await createTestSubmission(db);
    const result = await rejectSubmissionAction(undefined, {
      id: sent.id,
      reason: "not_verifiable",
    });
    expect(result.ok).toBe(true);
    const status = await getSubmissionByToken(statusTokenFor(sent.id));
    expect(status?.messages).toEqual([
      expect.objectContaining({
        kind: "rejected",
        fromStaff: true,
        reason: "not_verifiable",
        body: "",
      }),
    ]);
  });

  it("marks spam without any email, cancelling the one not yet sent", async () => {
    const sent = await createTestSubmission(db);
    const result = await markSpamAction(undefined, { id: sent.id });
    expect(result.ok).toBe(true);
    expect((await submission(sent.id)).status).toBe("SPAM");
    const all = await emails(sent.id);
    expect(all.map((e) => [e.template, e.status])).toEqual([["submission.received", "FAILED"]]);
  });

  it("keeps staff notes in the thread", async () => {
    const sent = await createTestSubmission(db);
    expect((await addStaffNoteAction(undefined, { id: sent.id, message: "Called them." })).ok).toBe(
      true,
    );
    const [note] = await db.submissionMessage.findMany({ where: { submissionId: sent.id } });
    expect(note).toMatchObject({ kind: "note", fromStaff: true, body: "Called them." });
    expect((await submission(sent.id)).status).toBe("NEW");
  });
});

describe("merging into an existing entry", () => {
  async function entry(state: "DRAFT" | "PUBLISHED") {
    return db.initiative.create({
      data: {
        slug: `merge-${state.toLowerCase()}-${Date.now().toString(36)}`,
        state,
        publishedAt: state === "PUBLISHED" ? new Date() : null,
        translations: { create: [{ locale: "en", name: `Merge target ${state}` }] },
        links: { create: [{ type: "WEBSITE", url: "https://merge-target.example.org/" }] },
      },
      select: { id: true, slug: true, version: true },
    });
  }

  it("adds the new links and names to an entry that is not published", async () => {
    const target = await entry("DRAFT");
    const sent = await createTestSubmission(db, {
      data: {
        links: [
          { type: "WEBSITE", value: "https://www.merge-target.example.org" },
          { type: "INSTAGRAM", value: "https://www.instagram.com/merge_target/" },
        ],
      },
    });
    const result = await mergeSubmissionAction(undefined, { id: sent.id, initiativeId: target.id });
    expect(result.ok).toBe(true);
    expect(code(result.message)).toBe("submissions.results.merged");
    const after = await db.initiative.findUniqueOrThrow({
      where: { id: target.id },
      include: { links: { orderBy: { sortOrder: "asc" } }, aliases: true, revisions: true },
    });
    // The website was already there (www. and the trailing slash do not make it new).
    expect(after.links.map((l) => l.type)).toEqual(["WEBSITE", "INSTAGRAM"]);
    expect(after.aliases.map((a) => a.value).sort()).toEqual(
      [sent.data.altName, sent.data.name].sort(),
    );
    expect(after.version).toBe(target.version + 1);
    expect(after.revisions.map((r) => r.action).sort()).toEqual(["create", "update"]);
    expect(await submission(sent.id)).toMatchObject({ status: "MERGED", initiativeId: target.id });
    expect(await emails(sent.id, "submission.merged")).toHaveLength(1);
  });

  it("never changes a published entry: the additions go into a staff note", async () => {
    const target = await entry("PUBLISHED");
    const sent = await createTestSubmission(db);
    const result = await mergeSubmissionAction(undefined, { id: sent.id, initiativeId: target.id });
    expect(code(result.message)).toBe("submissions.results.mergedNote");
    const after = await db.initiative.findUniqueOrThrow({
      where: { id: target.id },
      include: { links: true, aliases: true },
    });
    expect(after.version).toBe(target.version);
    expect(after.links).toHaveLength(1);
    expect(after.aliases).toHaveLength(0);
    const note = await db.submissionMessage.findFirstOrThrow({
      where: { submissionId: sent.id, kind: "note" },
    });
    expect(note.body).toContain("To add by hand");
    expect(note.body).toContain(sent.data.links[1]!.value);
    expect((await submission(sent.id)).status).toBe("MERGED");
  });

  it("refuses an entry that does not exist, changing nothing", async () => {
    const sent = await createTestSubmission(db);
    const result = await mergeSubmissionAction(undefined, {
      id: sent.id,
      initiativeId: "01900000-0000-7000-8000-000000000000",
    });
    expect(code(result.message)).toBe("submissions.results.initiativeNotFound");
    expect((await submission(sent.id)).status).toBe("NEW");
    expect(await db.submissionMessage.count({ where: { submissionId: sent.id } })).toBe(0);
  });
});

describe("erasing personal data", () => {
  it("clears the contact data and the emails' addresses, keeps the proposal, audits no values", async () => {
    const sent = await createTestSubmission(db);
    await requestChangesAction(undefined, { id: sent.id, message: "More details, please." });
    await db.submissionMessage.create({
      data: {
        submissionId: sent.id,
        fromStaff: false,
        kind: "reply",
        body: "Call me at +7 700 000 0000",
      },
    });
    fakeRequest.user = editor;
    expect((await eraseSubmitterDataAction(undefined, { id: sent.id, confirm: "ERASE" })).ok).toBe(
      false,
    );
    fakeRequest.user = admin;
    const unconfirmed = await eraseSubmitterDataAction(undefined, {
      id: sent.id,
      confirm: "yes",
    } as never);
    expect(unconfirmed.fieldErrors?.confirm).toBeDefined();
    const result = await eraseSubmitterDataAction(undefined, { id: sent.id, confirm: "ERASE" });
    fakeRequest.user = editor;
    expect(result.ok).toBe(true);

    const stored = await submission(sent.id);
    expect(stored).toMatchObject({ contactName: null, contactEmail: null, contactTelegram: null });
    expect(stored.erasedAt).not.toBeNull();
    expect(stored.data).toMatchObject({ name: sent.data.name });
    const outbox = await emails(sent.id);
    expect(outbox.length).toBeGreaterThan(0);
    for (const email of outbox) {
      expect(email.to).toBe("[erased]");
      expect(email.text).toBe("[erased]");
      expect(email.status).toBe("FAILED");
    }
    const reply = await db.submissionMessage.findFirstOrThrow({
      where: { submissionId: sent.id, fromStaff: false },
    });
    expect(reply.body).toBe("[erased]");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "submission.erase" } });
    expect(JSON.stringify(entry.details)).not.toContain(sent.contactEmail);
    expect(JSON.stringify(entry.details)).not.toContain("Aigerim");
    expect(entry.details).toMatchObject({
      fields: ["contactName", "contactEmail", "contactTelegram"],
    });

    fakeRequest.user = admin;
    // An email whose recipient was erased cannot be sent again.
    const retry = await retryOutboxEmailAction(undefined, { id: outbox[0]!.id });
    expect(code(retry.message)).toBe("outbox.erased");
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: outbox[0]!.id } })).status).toBe(
      "FAILED",
    );
    const again = await eraseSubmitterDataAction(undefined, { id: sent.id, confirm: "ERASE" });
    fakeRequest.user = editor;
    expect(code(again.message)).toBe("submissions.results.alreadyErased");
  });
});

describe("retention", () => {
  it("erases contact data a year after a decision, and spam's after 30 days, not pending ones", async () => {
    const day = 86_400_000;
    const now = new Date();
    const old = await createTestSubmission(db);
    const recent = await createTestSubmission(db);
    const spam = await createTestSubmission(db);
    const waiting = await createTestSubmission(db);
    const decided = (id: string, status: "REJECTED" | "SPAM", daysAgo: number) =>
      db.submission.update({
        where: { id },
        data: { status, decidedAt: new Date(now.getTime() - daysAgo * day) },
      });
    await decided(old.id, "REJECTED", 366);
    await decided(recent.id, "REJECTED", 300);
    await decided(spam.id, "SPAM", 31);
    await db.submission.update({
      where: { id: waiting.id },
      data: { createdAt: new Date(now.getTime() - 400 * day) },
    });
    expect(await eraseExpiredContactData(db, now)).toBe(2);
    const erased = async (id: string) => (await submission(id)).erasedAt !== null;
    expect(await erased(old.id)).toBe(true);
    expect(await erased(spam.id)).toBe(true);
    expect(await erased(recent.id)).toBe(false);
    expect(await erased(waiting.id)).toBe(false);
    expect((await submission(old.id)).contactEmail).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "submission.erase", entityId: old.id },
    });
    expect(entry).toMatchObject({ actorId: null, details: { reason: "retention" } });
    expect(await eraseExpiredContactData(db, now)).toBe(0);
  });
});

describe("staff notices", () => {
  it("go to every active admin and editor, in English and Russian, without contact data", async () => {
    const sent = await createTestSubmission(db);
    const inactive = await makeUser(db, "EDITOR");
    await db.user.update({ where: { id: inactive.id }, data: { active: false } });
    await queueStaffNotice(db, sent.id);
    const notices = await emails(sent.id, STAFF_NOTICE_TEMPLATE);
    const staff = await db.user.findMany({
      where: { active: true, role: { in: ["ADMIN", "EDITOR"] } },
      select: { email: true },
    });
    expect(notices.map((n) => n.to).sort()).toEqual(staff.map((s) => s.email).sort());
    expect(notices.map((n) => n.to)).not.toContain(inactive.email);
    expect(notices[0]!.text).toContain(`/admin/submissions/${sent.id}`);
    expect(notices[0]!.text).toContain("Партнёр предложил");
    expect(notices[0]!.text).not.toContain(sent.contactEmail);
  });
});
