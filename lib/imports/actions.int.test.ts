import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  attachCandidateAction,
  dismissCandidateAction,
  draftCandidateAction,
  startFeedImportAction,
} from "@/lib/imports/actions";
import { importFeedText } from "@/lib/imports/run";
import { revalidatedTags } from "@/lib/testing/next-cache-stub";
import { fakeRequest, formData, makeUser, redirectOf } from "@/lib/users/testing";
import type { SessionUser } from "@/lib/auth/session";
import { seedDatabase } from "@/prisma/seed/seed";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());
// Work scheduled with after() runs once the response is sent; here it is collected and awaited.
const scheduled = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock("next/server", () => ({
  after: (task: () => Promise<unknown>) => {
    scheduled.push(task());
  },
}));

const SEED_FEED = readFileSync(
  path.resolve(import.meta.dirname, "../../e2e/fixtures/eurasia-civil-society-feed.txt"),
  "utf8",
);

let editor: SessionUser;
let contributor: SessionUser;

beforeAll(async () => {
  await seedDatabase(db);
  editor = await makeUser(db, "EDITOR");
  contributor = await makeUser(db, "CONTRIBUTOR");
});

beforeEach(async () => {
  await db.feedImportRun.deleteMany();
  revalidatedTags.length = 0;
  scheduled.length = 0;
});

async function importSeed() {
  await importFeedText(db, { source: "seed", text: SEED_FEED, startedById: null });
  const candidate = (titleStart: string) =>
    db.importCandidate.findFirstOrThrow({ where: { title: { startsWith: titleStart } } });
  return candidate;
}

const bySlug = (slug: string) =>
  db.initiative.findUniqueOrThrow({
    where: { slug },
    select: { id: true, slug: true, version: true, state: true, sources: true },
  });

describe("starting an import from the admin page", () => {
  it("reads an uploaded file, records the run and makes the candidates after the response", async () => {
    fakeRequest.user = editor;
    const form = formData({ url: "" });
    form.append("file", new File([SEED_FEED], "eurasia.txt", { type: "text/plain" }));
    const target = await redirectOf(startFeedImportAction(undefined, form));
    const run = await db.feedImportRun.findFirstOrThrow();
    expect(target).toBe(`/admin/imports/candidates?run=${run.id}&status=ALL`);
    expect(run).toMatchObject({ source: "eurasia.txt", total: 12, startedById: editor.id });
    await Promise.all(scheduled);
    expect(await db.importCandidate.count({ where: { runId: run.id } })).toBe(12);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "import.start" } });
    expect(audit).toMatchObject({ actorId: editor.id, entityId: run.id });
  });

  it("reports a malformed file next to the field and writes nothing", async () => {
    fakeRequest.user = editor;
    const form = formData({ url: "" });
    form.append("file", new File(["<rss><channel><item></rss>"], "bad.xml"));
    const result = await startFeedImportAction(undefined, form);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^The feed is not well-formed XML \(line 1: /);
    expect(result.fieldErrors?.file?.[0]).toMatch(/^@@imports\.feedErrors\.malformed/);
    expect(await db.feedImportRun.count()).toBe(0);
  });

  it("refuses local addresses, and asks for an address or a file", async () => {
    fakeRequest.user = editor;
    const local = await startFeedImportAction(
      undefined,
      formData({ url: "http://127.0.0.1/feed" }),
    );
    expect(local.message).toBe("Addresses on this server's own network are not fetched.");
    expect(local.values).toEqual({ url: "http://127.0.0.1/feed" });
    const empty = await startFeedImportAction(undefined, formData({ url: "" }));
    expect(empty.fieldErrors?.url).toEqual(["@@imports.validation.source"]);
    expect(await db.feedImportRun.count()).toBe(0);
  });
});

describe("attaching a candidate", () => {
  it("adds the article to a published initiative, with a revision, a new version and fresh caches", async () => {
    const candidate = await importSeed();
    const story = await candidate("Championing Vulnerable People in Uzbekistan");
    const target = await bySlug("bulbul");
    expect(target.state).toBe("PUBLISHED");
    fakeRequest.user = editor;
    const result = await attachCandidateAction(undefined, {
      candidateId: story.id,
      initiativeId: target.id,
    });
    expect(result).toMatchObject({ ok: true, code: "imports.results.attached" });
    const after = await bySlug("bulbul");
    expect(after.version).toBe(target.version + 1);
    expect(after.sources).toHaveLength(target.sources.length + 1);
    expect(after.sources.at(-1)).toMatchObject({
      title: story.title,
      url: story.url,
      publisher: "Eurasia Foundation",
      locale: "en",
    });
    expect(after.sources.at(-1)?.publishedAt?.toISOString()).toBe("2024-10-24T00:00:00.000Z");
    const revisions = await db.revision.findMany({
      where: { initiativeId: target.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
    expect(revisions[1]!.changed).toEqual([`sources.${target.sources.length}`]);
    expect(revalidatedTags).toContain("initiative:bulbul");
    expect(await db.importCandidate.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
      status: "ATTACHED",
      initiativeId: target.id,
      decidedById: editor.id,
    });
    expect(
      await db.auditLog.count({ where: { action: "import.attach", entityId: target.id } }),
    ).toBe(1);

    // Decided once: a second decision is refused and changes nothing.
    const again = await dismissCandidateAction(undefined, { candidateId: story.id });
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/already handled/) });
  });

  it("does not list an article twice", async () => {
    const candidate = await importSeed();
    const story = await candidate("Paving the Way for Legislative Reforms");
    const target = await bySlug("zhenskii-luch");
    expect(target.sources.some((s) => s.url === story.url)).toBe(true);
    fakeRequest.user = editor;
    const result = await attachCandidateAction(undefined, {
      candidateId: story.id,
      initiativeId: target.id,
    });
    expect(result).toMatchObject({ ok: true, code: "imports.results.alreadySource" });
    const after = await bySlug("zhenskii-luch");
    expect(after.sources).toHaveLength(target.sources.length);
    expect(after.version).toBe(target.version);
    expect((await db.importCandidate.findUniqueOrThrow({ where: { id: story.id } })).status).toBe(
      "ATTACHED",
    );
  });

  it("lets a contributor attach to a draft but not to a published entry", async () => {
    const candidate = await importSeed();
    const story = await candidate("Combating Torture");
    const published = await bySlug("gorozhanym");
    fakeRequest.user = contributor;
    const refused = await attachCandidateAction(undefined, {
      candidateId: story.id,
      initiativeId: published.id,
    });
    expect(refused).toMatchObject({ ok: false, code: "imports.results.notEditable" });
    expect((await bySlug("gorozhanym")).sources).toHaveLength(published.sources.length);
    expect((await db.importCandidate.findUniqueOrThrow({ where: { id: story.id } })).status).toBe(
      "NEW",
    );

    const draft = await db.initiative.create({
      data: {
        slug: "import-draft-target",
        translations: { create: [{ locale: "en", name: "T" }] },
      },
    });
    const allowed = await attachCandidateAction(undefined, {
      candidateId: story.id,
      initiativeId: draft.id,
    });
    expect(allowed).toMatchObject({ ok: true });
    expect(await db.source.count({ where: { initiativeId: draft.id, url: story.url } })).toBe(1);
  });
});

describe("creating a draft from a candidate", () => {
  it("writes a DRAFT with the excerpt as a draft summary and the article as its first source", async () => {
    const candidate = await importSeed();
    const story = await candidate("Young Leader Launches Civic Education");
    const youth = await db.cause.findUniqueOrThrow({ where: { slug: "youth" } });
    const education = await db.cause.findUniqueOrThrow({ where: { slug: "education" } });
    fakeRequest.user = contributor;
    const target = await redirectOf(
      draftCandidateAction(
        undefined,
        formData({
          candidateId: story.id,
          name: "Karnak Youth Civic Leaders",
          locale: "en",
          countries: "KZ",
          causes: [youth.id, education.id],
        }),
      ),
    );
    const created = await db.initiative.findUniqueOrThrow({
      where: { slug: "karnak-youth-civic-leaders" },
      include: { translations: true, sources: true, countries: true, causes: true },
    });
    expect(target).toBe(`/admin/initiatives/${created.id}?created=1`);
    expect(created).toMatchObject({
      state: "DRAFT",
      primaryCauseId: youth.id,
      createdById: contributor.id,
    });
    expect(created.translations).toHaveLength(1);
    expect(created.translations[0]).toMatchObject({
      locale: "en",
      name: "Karnak Youth Civic Leaders",
      summary: story.excerpt,
      status: "DRAFT",
    });
    expect(created.translations[0]!.description).toMatch(/^> Imported from a feed/);
    expect(created.sources).toEqual([
      expect.objectContaining({
        title: story.title,
        url: story.url,
        publisher: "Eurasia Foundation",
      }),
    ]);
    expect(created.countries.map((c) => c.countryCode)).toEqual(["KZ"]);
    expect(created.causes).toHaveLength(2);
    expect(await db.revision.count({ where: { initiativeId: created.id, action: "create" } })).toBe(
      1,
    );
    const search = await db.initiativeSearch.findUnique({ where: { initiativeId: created.id } });
    expect(search).not.toBeNull();
    expect(await db.importCandidate.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
      status: "DRAFTED",
      initiativeId: created.id,
    });
  });

  it("explains missing choices next to the fields and creates nothing", async () => {
    const candidate = await importSeed();
    const story = await candidate("Supporting Women");
    const before = await db.initiative.count();
    fakeRequest.user = editor;
    const result = await draftCandidateAction(
      undefined,
      formData({ candidateId: story.id, name: " ", locale: "en" }),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toMatchObject({
      name: ["@@imports.validation.name"],
      countries: ["@@imports.validation.countries"],
      causes: ["@@imports.validation.causes"],
    });
    expect(result.values).toMatchObject({ name: " ", locale: "en" });
    const unknown = await draftCandidateAction(
      undefined,
      formData({
        candidateId: story.id,
        name: "Fidokor groups",
        locale: "en",
        countries: "ZZ",
        causes: "01900000-0000-7000-8000-000000000000",
      }),
    );
    expect(unknown.fieldErrors?.countries?.[0]).toMatch(/unknownCountry/);
    expect(unknown.fieldErrors?.causes?.[0]).toMatch(/unknownCause/);
    expect(await db.initiative.count()).toBe(before);
    expect((await db.importCandidate.findUniqueOrThrow({ where: { id: story.id } })).status).toBe(
      "NEW",
    );
  });
});

describe("deciding from the list", () => {
  it("returns to the list with a notice, and only to the candidates list", async () => {
    const candidate = await importSeed();
    const story = await candidate("Championing Entrepreneurship");
    const other = await candidate("Anti-Corruption Coalition");
    fakeRequest.user = editor;
    const target = await redirectOf(
      dismissCandidateAction(
        undefined,
        formData({ candidateId: story.id, back: "/admin/imports/candidates?status=NEW&page=2" }),
      ),
    );
    expect(target).toBe(
      `/admin/imports/candidates?status=NEW&page=2&notice=dismissed&subject=${encodeURIComponent(story.title).replace(/%20/g, "+")}`,
    );
    // Another site's address is ignored: the action answers in place instead.
    const result = await dismissCandidateAction(
      undefined,
      formData({ candidateId: other.id, back: "https://evil.example/admin/imports/candidates" }),
    );
    expect(result).toMatchObject({ ok: true, code: "imports.results.dismissed" });
  });
});

describe("dismissing a candidate", () => {
  it("marks it dismissed and records who did", async () => {
    const candidate = await importSeed();
    const story = await candidate("Uniting Youth");
    fakeRequest.user = editor;
    const result = await dismissCandidateAction(undefined, formData({ candidateId: story.id }));
    expect(result).toMatchObject({ ok: true, code: "imports.results.dismissed" });
    expect(await db.importCandidate.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
      status: "DISMISSED",
      decidedById: editor.id,
      initiativeId: null,
    });
  });
});
