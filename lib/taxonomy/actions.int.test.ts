import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { msg } from "@/lib/admin-i18n/codes";
import { db } from "@/lib/db";
import { refreshSearchDocument } from "@/lib/search/document";
import {
  createCauseAction,
  deleteCauseAction,
  deleteOrgTypeAction,
  updateCauseAction,
  updateOrgTypeAction,
} from "@/lib/taxonomy/actions";
import { revalidatedTags } from "@/lib/testing/next-cache-stub";
import { fakeRequest, formData, makeUser, redirectOf } from "@/lib/users/testing";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/users/testing")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/users/testing")).headersModule());

let causeId = "";
let typeId = "";
let initiativeId = "";

beforeAll(async () => {
  fakeRequest.user = await makeUser(db, "EDITOR");
  const cause = await db.cause.create({
    data: {
      slug: "water",
      sdgs: [6],
      translations: {
        create: [
          { locale: "en", name: "Clean water", description: "Wells and pipes." },
          { locale: "ru", name: "Чистая вода" },
          { locale: "kk", name: "Таза су" },
        ],
      },
    },
  });
  const type = await db.orgType.create({
    data: { slug: "ngo", translations: { create: [{ locale: "en", name: "Association" }] } },
  });
  const initiative = await db.initiative.create({
    data: {
      slug: "river-keepers",
      state: "PUBLISHED",
      publishedAt: new Date(),
      orgTypeId: type.id,
      translations: { create: [{ locale: "en", name: "River Keepers" }] },
      causes: { create: [{ causeId: cause.id }] },
    },
  });
  await refreshSearchDocument(db, initiative.id);
  [causeId, typeId, initiativeId] = [cause.id, type.id, initiative.id];
});

beforeEach(() => {
  revalidatedTags.length = 0;
});

const searchText = async () => {
  const [row] = await db.$queryRaw<{ document: string }[]>`
    SELECT "document"::text AS "document" FROM "InitiativeSearch"
    WHERE "initiativeId" = ${initiativeId}::uuid`;
  return row?.document ?? "";
};

const fields = {
  name_en: "Safe drinking water",
  name_ru: "Питьевая вода",
  name_kk: "Ауыз су",
  description_en: "Wells, pipes and filters.",
};

describe("taxonomy changes", () => {
  it("renaming a cause rebuilds the search documents that carry it and invalidates caches", async () => {
    expect(await searchText()).not.toContain("drinking");
    const result = await updateCauseAction(
      undefined,
      formData({ id: causeId, ...fields, sdgs: ["6", "3", "6"], sortOrder: "2" }),
    );
    expect(result).toMatchObject({ ok: true, message: "Saved." });
    expect(await searchText()).toContain("'drinking'");
    expect(revalidatedTags).toEqual(expect.arrayContaining(["taxonomy", "directory"]));

    const cause = await db.cause.findUniqueOrThrow({
      where: { id: causeId },
      include: { translations: { orderBy: { locale: "asc" } } },
    });
    expect(cause).toMatchObject({ slug: "water", sdgs: [3, 6], sortOrder: 2 });
    expect(cause.translations.map((t) => [t.locale, t.name, t.description])).toEqual([
      ["en", "Safe drinking water", "Wells, pipes and filters."],
      ["ru", "Питьевая вода", ""],
      ["kk", "Ауыз су", ""],
    ]);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "taxonomy.cause_update", entityId: causeId },
    });
    expect(entry.details).toMatchObject({ slug: "water", names: { en: "Safe drinking water" } });
  });

  it("renaming an organisation type rebuilds its initiatives' documents", async () => {
    const result = await updateOrgTypeAction(
      undefined,
      formData({ id: typeId, name_en: "Foundation", name_ru: "Фонд", name_kk: "Қор" }),
    );
    expect(result.ok).toBe(true);
    expect(await searchText()).toContain("'foundation'");
    expect(await searchText()).not.toContain("'association'");
  });

  it("refuses invalid input, keeping what was typed", async () => {
    const result = await updateCauseAction(
      undefined,
      formData({ id: causeId, name_en: "", name_ru: "x", name_kk: "y", sdgs: "18" }),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.name_en?.[0]).toBe(msg("validation.nameMissing"));
    expect(result.fieldErrors?.sdgs?.[0]).toBeTruthy();
    expect(result.values).toMatchObject({ name_ru: "x", sdgs: "18" });
    const en = await db.causeTranslation.findUniqueOrThrow({
      where: { causeId_locale: { causeId, locale: "en" } },
    });
    expect(en.name).toBe("Safe drinking water");
  });

  it("refuses a slug that is taken, and a malformed one", async () => {
    const taken = await createCauseAction(undefined, formData({ slug: "water", ...fields }));
    expect(taken.fieldErrors?.slug).toEqual([msg("taxonomy.slugTaken")]);
    const bad = await createCauseAction(undefined, formData({ slug: "Clean Water!", ...fields }));
    expect(bad.fieldErrors?.slug?.[0]).toBe(msg("validation.taxonSlug"));
    expect(await db.cause.count()).toBe(1);
  });

  it("deletes a cause or type only while no initiative uses it", async () => {
    const inUse = await deleteCauseAction(undefined, formData({ id: causeId }));
    expect(inUse).toMatchObject({
      ok: false,
      code: "taxonomy.delete.inUse",
      message: "Used by initiatives, so it cannot be deleted.",
    });
    expect(await db.cause.count({ where: { id: causeId } })).toBe(1);
    expect((await deleteOrgTypeAction(undefined, formData({ id: typeId }))).ok).toBe(false);

    await db.initiativeCause.deleteMany({ where: { causeId } });
    await db.initiative.update({ where: { id: initiativeId }, data: { primaryCauseId: causeId } });
    expect((await deleteCauseAction(undefined, formData({ id: causeId }))).ok).toBe(false);

    await db.initiative.update({
      where: { id: initiativeId },
      data: { primaryCauseId: null, orgTypeId: null },
    });
    expect(await redirectOf(deleteCauseAction(undefined, formData({ id: causeId })))).toBe(
      "/admin/taxonomy?deleted=water",
    );
    expect(await redirectOf(deleteOrgTypeAction(undefined, formData({ id: typeId })))).toBe(
      "/admin/taxonomy?deleted=ngo",
    );
    expect(await db.cause.count()).toBe(0);
    expect(
      await db.auditLog.count({
        where: { action: { in: ["taxonomy.cause_delete", "taxonomy.org_type_delete"] } },
      }),
    ).toBe(2);
    expect(await deleteCauseAction(undefined, formData({ id: causeId }))).toMatchObject({
      ok: false,
      code: "taxonomy.notFound",
      message: "This entry no longer exists.",
    });
  });
});
