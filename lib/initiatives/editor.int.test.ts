import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { msg } from "@/lib/admin-i18n/codes";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  createInitiativeAction,
  deleteInitiativeAction,
  heartbeatPresenceAction,
  restoreRevisionAction,
  updateInitiativeAction,
} from "@/lib/initiatives/actions";
import { getInitiativeEditor } from "@/lib/initiatives/admin-queries";
import {
  emptyEditorValues,
  type InitiativeEditorInput,
  type InitiativeEditorValues,
} from "@/lib/initiatives/editor-schema";
import { getPublishedInitiative } from "@/lib/initiatives/queries";
import { refreshSearchDocument } from "@/lib/search/document";
import { searchInitiatives } from "@/lib/search/queries";
import { ListingQuerySchema } from "@/lib/search/schemas";
import { revalidatedTags } from "@/lib/testing/next-cache-stub";
import { searchKey } from "@/lib/text/fold";
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
    requestIp: async () => "203.0.113.7",
  };
});

const users: Record<"admin" | "editor" | "editor2" | "contributor", SessionUser> = {} as never;
let causes: string[] = [];
let orgTypes: string[] = [];
let funderId = "";
const as = (who: keyof typeof users) => (session.user = users[who]);

beforeAll(async () => {
  await seedDatabase(db);
  const roles: [keyof typeof users, Role][] = [
    ["admin", "ADMIN"],
    ["editor", "EDITOR"],
    ["editor2", "EDITOR"],
    ["contributor", "CONTRIBUTOR"],
  ];
  for (const [key, role] of roles) {
    const user = await db.user.create({
      data: { email: `${key}@example.org`, name: key, role, passwordHash: "unused" },
      select: { id: true, email: true, name: true, role: true },
    });
    users[key] = user;
  }
  causes = (await db.cause.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
    (c) => c.id,
  );
  orgTypes = (await db.orgType.findMany({ select: { id: true } })).map((o) => o.id);
  funderId = (await db.funder.findFirstOrThrow({ select: { id: true } })).id;
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  as("editor");
});

/** A small draft named `name` in English (and Russian, when given). */
function draft(name: string, extra: Partial<InitiativeEditorInput> = {}): InitiativeEditorInput {
  const v = emptyEditorValues();
  return {
    ...v,
    translations: {
      ...v.translations,
      en: { ...v.translations.en, name, summary: `${name} summary`, status: "DRAFT" },
    },
    countries: ["KZ"],
    causes: [causes[0]!],
    primaryCauseId: causes[0]!,
    ...extra,
  };
}

async function create(input: InitiativeEditorInput) {
  const result = await createInitiativeAction(undefined, input);
  expect(result, result.message).toMatchObject({ ok: true });
  return result.data!;
}

async function load(id: string): Promise<InitiativeEditorValues> {
  const loaded = await getInitiativeEditor(id);
  expect(loaded).not.toBeNull();
  return loaded!.values;
}

const update = (id: string, values: InitiativeEditorInput) =>
  updateInitiativeAction(undefined, { ...values, id });

async function publish(id: string) {
  await db.initiative.update({
    where: { id },
    data: { state: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } },
  });
  await refreshSearchDocument(db, id);
}

const translation = (name: string, status: "MACHINE" | "DRAFT" | "REVIEWED") => ({
  name,
  summary: `${name}: a summary.`,
  description: `## ${name}\n\nA **Markdown** description with <script>alert(1)</script> as text.`,
  region: `${name} region`,
  city: `${name} city`,
  status,
});

/** Every field of the editor filled in, all six languages included. */
async function fullRecord(version: number, slug: string): Promise<InitiativeEditorValues> {
  const [logo, cover] = await Promise.all(
    (["LOGO", "COVER"] as const).map((kind) =>
      db.media.create({
        data: {
          kind,
          storageKey: `${crypto.randomUUID()}/512.webp`,
          mimeType: "image/webp",
          width: 512,
          height: 512,
        },
        select: { id: true },
      }),
    ),
  );
  return {
    version,
    slug,
    translations: {
      en: translation("Steppe Water", "REVIEWED"),
      ru: translation("Вода степи", "DRAFT"),
      kk: translation("Дала суы", "MACHINE"),
      uz: translation("Dasht suvi", "MACHINE"),
      tg: translation("Оби дашт", "DRAFT"),
      kaa: translation("Dala suwı", "MACHINE"),
    },
    aliases: [
      { value: "SW", locale: "" },
      { value: "Степная вода", locale: "ru" },
      { value: "Aqua", locale: "en" },
    ],
    countries: ["KG", "KZ", "UZ"],
    causes: [causes[1]!, causes[2]!].sort(),
    primaryCauseId: causes[2]!,
    orgTypeId: orgTypes[0]!,
    foundedYear: 2011,
    activityStatus: "PAUSED",
    lastVerifiedAt: "2024-02-29",
    sensitive: true,
    featured: true,
    links: [
      { type: "TELEGRAM", value: "https://t.me/steppe_water", label: "Channel" },
      { type: "WEBSITE", value: "https://steppe-water.kz/about", label: "" },
      { type: "EMAIL", value: "mailto:team@steppe-water.kz", label: "" },
      { type: "WHATSAPP", value: "https://wa.me/77012345678", label: "" },
    ],
    people: [
      { name: "Aida B.", role: { en: "Founder", ru: "Основательница" }, isPublic: true },
      { name: "Hidden Person", role: {}, isPublic: false },
    ],
    fundings: [
      {
        funder: { kind: "existing", id: funderId },
        programme: { en: "Small grants", kk: "Шағын гранттар" },
        startYear: 2019,
        endYear: 2021,
      },
      { funder: { kind: "existing", id: funderId }, programme: {}, startYear: null, endYear: null },
    ],
    impacts: [
      {
        label: { en: "Wells repaired", ru: "Отремонтировано колодцев" },
        value: 42,
        unit: {},
        year: 2023,
        sourceIndex: 1,
      },
      {
        label: { en: "Budget" },
        value: 1234567.89,
        unit: { en: "KZT" },
        year: null,
        sourceIndex: null,
      },
    ],
    sources: [
      {
        title: "First article",
        publisher: "Vlast",
        url: "https://vlast.kz/1",
        publishedAt: "2023-01-15",
        locale: "ru",
      },
      { title: "Second article", publisher: "", url: "", publishedAt: "", locale: "" },
      {
        title: "Third article",
        publisher: "Kloop",
        url: "https://kloop.kg/3",
        publishedAt: "",
        locale: "en",
      },
    ],
    logo: { id: logo!.id, alt: { en: "Logo of Steppe Water" } },
    cover: { id: cover!.id, alt: {} },
  };
}

describe("create", () => {
  it("creates a draft with a slug from the English name, a revision and an audit row", async () => {
    const created = await create(draft("Clean Air Almaty"));
    expect(created.slug).toBe("clean-air-almaty");
    const row = await db.initiative.findUniqueOrThrow({
      where: { id: created.id },
      select: { state: true, version: true, createdById: true, updatedById: true },
    });
    expect(row).toEqual({
      state: "DRAFT",
      version: 1,
      createdById: users.editor.id,
      updatedById: users.editor.id,
    });
    const revisions = await db.revision.findMany({ where: { initiativeId: created.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", version: 1, authorId: users.editor.id });
    expect(revisions[0]!.changed).toEqual(
      expect.arrayContaining(["translations.en.name", "countries", "causes", "primaryCauseId"]),
    );
    const audits = await db.auditLog.findMany({
      where: { action: "initiative.create", entityId: created.id },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: users.editor.id, ip: "203.0.113.7" });
    const search = await db.initiativeSearch.findUniqueOrThrow({
      where: { initiativeId: created.id },
    });
    expect(search).toMatchObject({ published: false });
    expect(search.names).toContain(searchKey("Almaty"));
  });

  it("keeps slugs unique and makes one from a Russian-only name", async () => {
    expect((await create(draft("Clean Air Almaty"))).slug).toBe("clean-air-almaty-2");
    const v = emptyEditorValues();
    const ru = await create({
      ...draft(""),
      translations: { ...v.translations, ru: { ...v.translations.ru, name: "Чистый воздух" } },
    });
    expect(ru.slug).toBe("chistyy-vozdukh");
  });

  it("refuses an address already in use when one is typed", async () => {
    const result = await createInitiativeAction(undefined, draft("Other", { slug: "kun-jarygy" }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.slug?.[0]).toBe(msg("initiatives.results.slugTaken"));
  });

  it("refuses unknown references with field errors and stores nothing", async () => {
    const before = await db.initiative.count();
    const result = await createInitiativeAction(undefined, draft("Nowhere", { countries: ["ZZ"] }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { countries: [expect.stringMatching(/ZZ/)] },
    });
    expect(await db.initiative.count()).toBe(before);
  });
});

describe("update", () => {
  it("round-trips every field in all six languages", async () => {
    const created = await create(draft("Round Trip"));
    const full = await fullRecord(1, created.slug);
    const result = await update(created.id, full);
    expect(result, JSON.stringify(result.fieldErrors)).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(await load(created.id)).toEqual({ ...full, version: 2 });

    // Saving what was loaded changes nothing and writes no revision.
    const revisions = await db.revision.count({ where: { initiativeId: created.id } });
    expect(await update(created.id, await load(created.id))).toMatchObject({
      ok: true,
      data: { version: 2, changed: [] },
    });
    expect(await db.revision.count({ where: { initiativeId: created.id } })).toBe(revisions);

    // A full record also round-trips through create.
    const again = await create({ ...(await fullRecord(0, "")), slug: "" });
    const loaded = await load(again.id);
    expect(loaded.slug).toBe("steppe-water");
    expect(loaded.translations).toEqual(full.translations);
    expect(loaded.impacts).toEqual(full.impacts);
  });

  it("stores links normalised and new funders once", async () => {
    const created = await create(draft("Normalised"));
    const input = draft("Normalised", {
      version: 1,
      links: [{ type: "TELEGRAM", value: "@Normalised_Chan", label: "" }],
      fundings: [
        {
          funder: { kind: "new", name: "Steppe Fund", url: "https://steppe.fund" },
          programme: {},
          startYear: "",
          endYear: "",
        },
        {
          funder: { kind: "new", name: "Steppe  Fund ", url: "" },
          programme: {},
          startYear: "",
          endYear: "",
        },
      ],
    });
    expect(await update(created.id, input)).toMatchObject({ ok: true });
    const link = await db.initiativeLink.findFirstOrThrow({ where: { initiativeId: created.id } });
    expect(link).toMatchObject({ url: "https://t.me/normalised_chan", handle: "normalised_chan" });
    const funders = await db.funder.findMany({ where: { slug: "steppe-fund" } });
    expect(funders).toHaveLength(1);
    const loaded = await load(created.id);
    expect(loaded.fundings.map((f) => f.funder)).toEqual([
      { kind: "existing", id: funders[0]!.id },
      { kind: "existing", id: funders[0]!.id },
    ]);
  });

  it("records exactly the changed fields and audits the save", async () => {
    const created = await create(draft("Changed Fields"));
    const values = await load(created.id);
    const result = await update(created.id, {
      ...values,
      translations: {
        ...values.translations,
        ru: { ...values.translations.ru, name: "Изменённые поля", status: "DRAFT" },
      },
      foundedYear: 2020,
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const latest = await db.revision.findFirstOrThrow({
      where: { initiativeId: created.id },
      orderBy: { version: "desc" },
    });
    expect(latest).toMatchObject({ action: "update", version: 2, authorId: users.editor.id });
    expect(latest.changed.sort()).toEqual(
      ["foundedYear", "translations.ru.name", "translations.ru.status"].sort(),
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "initiative.update", entityId: created.id },
    });
    expect(audit).toMatchObject({ actorId: users.editor.id, actorEmail: users.editor.email });
    expect(audit.details).toMatchObject({ version: 2, changed: latest.changed });
  });

  it("keeps a seeded entry's state as a baseline before its first edit", async () => {
    const seeded = await db.initiative.findUniqueOrThrow({
      where: { slug: "bulbul" },
      select: { id: true },
    });
    const values = await load(seeded.id);
    const result = await update(seeded.id, { ...values, foundedYear: 2001 });
    expect(result).toMatchObject({ ok: true });
    const revisions = await db.revision.findMany({
      where: { initiativeId: seeded.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => [r.action, r.version, r.authorId])).toEqual([
      ["create", values.version, null],
      ["update", values.version + 1, users.editor.id],
    ]);
    expect(revisions[1]!.changed).toEqual(["foundedYear"]);
    expect(revisions[0]!.snapshot).toMatchObject({ foundedYear: values.foundedYear });
  });

  it("refuses the second of two saves from the same version and keeps the first", async () => {
    const created = await create(draft("Locking"));
    const base = await load(created.id);
    const first = {
      ...base,
      translations: {
        ...base.translations,
        en: { ...base.translations.en, summary: "A's summary" },
      },
    };
    const second = {
      ...base,
      translations: {
        ...base.translations,
        en: { ...base.translations.en, summary: "B's summary" },
      },
    };

    as("editor");
    expect(await update(created.id, first)).toMatchObject({ ok: true, data: { version: 2 } });
    as("editor2");
    const refused = await update(created.id, second);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(
      /^Someone saved a newer version \(by editor@example\.org at \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\. Your changes are not saved yet: copy them or reload\.$/,
    );
    expect(refused.values).toEqual({ ...second, id: created.id });
    const stored = await load(created.id);
    expect(stored.translations.en.summary).toBe("A's summary");
    expect(stored.version).toBe(2);
    expect(await db.revision.count({ where: { initiativeId: created.id } })).toBe(2);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const created = await create(draft("Race"));
    const base = await load(created.id);
    const edit = (summary: string) => ({
      ...base,
      translations: { ...base.translations, en: { ...base.translations.en, summary } },
    });
    const results = await Promise.all([
      update(created.id, edit("one")),
      update(created.id, edit("two")),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.find((r) => r.ok)!;
    const stored = await load(created.id);
    expect(stored.version).toBe(2);
    expect(stored.translations.en.summary).toBe(winner === results[0] ? "one" : "two");
  });

  it("lets contributors edit drafts only", async () => {
    as("contributor");
    const created = await create(draft("Contributed"));
    const values = await load(created.id);
    const renamed = (name: string, version: number) => ({
      ...values,
      version,
      translations: { ...values.translations, en: { ...values.translations.en, name } },
    });
    expect(await update(created.id, renamed("Contributed 2", 1))).toMatchObject({ ok: true });

    await db.initiative.update({ where: { id: created.id }, data: { state: "IN_REVIEW" } });
    const refused = await update(created.id, renamed("Contributed 3", 2));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/Only editors/) });
    expect(refused.values).toMatchObject({ id: created.id });
    expect((await load(created.id)).translations.en.name).toBe("Contributed 2");
    expect((await load(created.id)).version).toBe(2);

    as("editor");
    expect(await update(created.id, renamed("Edited by editor", 2))).toMatchObject({ ok: true });
  });

  it("refreshes the search document and public caches of a published entry", async () => {
    const created = await create(draft("Before Rename"));
    await publish(created.id);
    const values = await load(created.id);
    revalidatedTags.length = 0;
    const result = await update(created.id, {
      ...values,
      translations: {
        ...values.translations,
        en: { ...values.translations.en, name: "Zephyr Orchard" },
      },
    });
    expect(result).toMatchObject({ ok: true });
    const found = await searchInitiatives(
      ListingQuerySchema.parse({ q: "zephyr orchard" }),
      "en",
      10,
    );
    expect(found.hits.map((hit) => hit.slug)).toContain(created.slug);
    expect(revalidatedTags).toContain(`initiative:${created.slug}`);

    // Its address is public now: it cannot change.
    const moved = await update(created.id, { ...(await load(created.id)), slug: "somewhere-else" });
    expect(moved).toMatchObject({
      ok: false,
      code: "common.fieldsInvalid",
      fieldErrors: { slug: [msg("initiatives.results.slugLocked")] },
    });
  });
});

describe("restoreRevisionAction", () => {
  async function twoVersions(name: string) {
    const created = await create(draft(`${name} One`));
    const v1 = await load(created.id);
    const result = await update(created.id, {
      ...v1,
      translations: { ...v1.translations, en: { ...v1.translations.en, name: `${name} Two` } },
    });
    expect(result.ok).toBe(true);
    const first = await db.revision.findFirstOrThrow({
      where: { initiativeId: created.id, version: 1 },
    });
    return { id: created.id, slug: created.slug, first };
  }

  it("restores a draft's earlier content as a new version", async () => {
    const { id, first } = await twoVersions("Restorable");
    const result = await restoreRevisionAction(undefined, { revisionId: first.id });
    expect(result).toMatchObject({ ok: true, data: { version: 3 } });
    const row = await db.initiative.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "DRAFT", version: 3, publishedAt: null });
    expect((await load(id)).translations.en.name).toBe("Restorable One");
    const latest = await db.revision.findFirstOrThrow({
      where: { initiativeId: id },
      orderBy: { version: "desc" },
    });
    expect(latest).toMatchObject({
      action: "restore",
      version: 3,
      changed: ["translations.en.name"],
    });
    expect(await db.auditLog.count({ where: { action: "initiative.restore", entityId: id } })).toBe(
      1,
    );
  });

  it("returns an entry in review to the draft state, never publishing it", async () => {
    const { id, first } = await twoVersions("In Review");
    await db.initiative.update({
      where: { id },
      data: { state: "IN_REVIEW", submittedAt: new Date() },
    });
    expect(await restoreRevisionAction(undefined, { revisionId: first.id })).toMatchObject({
      ok: true,
    });
    const row = await db.initiative.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "DRAFT", submittedAt: null, publishedAt: null });
    const search = await db.initiativeSearch.findUniqueOrThrow({ where: { initiativeId: id } });
    expect(search.published).toBe(false);
  });

  it("leaves a published entry and its public page exactly as they were", async () => {
    const { id, slug, first } = await twoVersions("Published");
    await publish(id);
    const publicBefore = await getPublishedInitiative(slug, "en");
    expect(publicBefore?.name).toBe("Published Two");
    const rowBefore = await db.initiative.findUniqueOrThrow({ where: { id } });
    const revisionsBefore = await db.revision.count({ where: { initiativeId: id } });

    const result = await restoreRevisionAction(undefined, { revisionId: first.id });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/published/) });

    expect(await getPublishedInitiative(slug, "en")).toEqual(publicBefore);
    expect(await db.initiative.findUniqueOrThrow({ where: { id } })).toEqual(rowBefore);
    expect(await db.revision.count({ where: { initiativeId: id } })).toBe(revisionsBefore);
  });

  it("does not let a contributor restore an entry that left the draft state", async () => {
    const { id, first } = await twoVersions("Archived");
    await db.initiative.update({ where: { id }, data: { state: "ARCHIVED" } });
    as("contributor");
    const result = await restoreRevisionAction(undefined, { revisionId: first.id });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Only editors/) });
    expect((await db.initiative.findUniqueOrThrow({ where: { id } })).state).toBe("ARCHIVED");
  });
});

describe("heartbeatPresenceAction", () => {
  it("shows who else has the entry open in the last minute", async () => {
    const created = await create(draft("Presence"));
    as("editor");
    expect(await heartbeatPresenceAction(undefined, { initiativeId: created.id })).toMatchObject({
      ok: true,
      data: { others: [], version: 1 },
    });
    as("editor2");
    const seen = await heartbeatPresenceAction(undefined, { initiativeId: created.id });
    expect(seen.data?.others).toEqual([{ email: "editor@example.org", name: "editor" }]);

    await db.editPresence.update({
      where: { initiativeId_userId: { initiativeId: created.id, userId: users.editor.id } },
      data: { lastSeenAt: new Date(Date.now() - 2 * 60_000) },
    });
    const later = await heartbeatPresenceAction(undefined, { initiativeId: created.id });
    expect(later.data?.others).toEqual([]);
    expect(await db.editPresence.count({ where: { initiativeId: created.id } })).toBe(2);
  });
});

describe("deleteInitiativeAction", () => {
  it("deletes drafts and archived entries, audited; refuses others", async () => {
    as("admin");
    const created = await create(draft("Disposable"));
    const live = await create(draft("Live one"));
    await publish(live.id);

    expect(await deleteInitiativeAction(undefined, { id: live.id })).toMatchObject({ ok: false });
    expect(await db.initiative.count({ where: { id: live.id } })).toBe(1);

    expect(await deleteInitiativeAction(undefined, { id: created.id })).toMatchObject({ ok: true });
    expect(await db.initiative.count({ where: { id: created.id } })).toBe(0);
    expect(await db.revision.count({ where: { initiativeId: created.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "initiative.delete", entityId: created.id },
    });
    expect(audit.details).toMatchObject({ slug: created.slug, state: "DRAFT" });
  });
});
