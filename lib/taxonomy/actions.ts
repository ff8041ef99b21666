"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction, type ActionState } from "@/lib/action";
import { localized } from "@/lib/admin-i18n/localize";
import { getAdminI18n } from "@/lib/admin-i18n/server";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { invalidateTaxonomy } from "@/lib/initiatives/invalidate";
import { refreshSearchDocuments } from "@/lib/search/document";
import {
  CreateCauseSchema,
  CreateOrgTypeSchema,
  DeleteTaxonSchema,
  translationsOf,
  UpdateCauseSchema,
  UpdateOrgTypeSchema,
} from "@/lib/taxonomy/schemas";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Renames can touch many search documents; give the transaction room. */
const TX_OPTIONS = { timeout: 120_000 };
const BATCH = 500;

/**
 * Taxonomy labels are part of every search document that carries them: rebuild exactly those
 * documents (the ones of initiatives using the changed cause or type), in the same transaction
 * as the rename, so search never disagrees with the labels shown.
 */
async function refreshDocumentsOf(tx: Tx, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH)
    await refreshSearchDocuments(tx, ids.slice(i, i + BATCH));
}

function afterChange() {
  invalidateTaxonomy();
  revalidatePath("/admin", "layout");
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function slugTaken(values: Record<string, unknown>): Promise<ActionState> {
  const { m } = await getAdminI18n();
  return {
    ok: false,
    message: m.common.fieldsInvalid,
    fieldErrors: { slug: [m.taxonomy.slugTaken] },
    values,
  };
}

async function notFound(): Promise<ActionState> {
  const { m } = await getAdminI18n();
  return { ok: false, message: m.taxonomy.notFound };
}

export const createCauseAction = localized(
  adminAction("taxonomy.manage", CreateCauseSchema, async (input, { user, ip }) => {
    let id: string;
    try {
      id = await db.$transaction(async (tx) => {
        const cause = await tx.cause.create({
          data: {
            slug: input.slug,
            sortOrder: input.sortOrder,
            sdgs: input.sdgs,
            translations: { create: translationsOf(input) },
          },
          select: { id: true },
        });
        await audit(tx, {
          actor: user,
          action: "taxonomy.cause_create",
          entityType: "cause",
          entityId: cause.id,
          ip,
          details: { slug: input.slug, sdgs: input.sdgs, names: namesOf(input) },
        });
        return cause.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return slugTaken(input);
      throw error;
    }
    afterChange();
    redirect(`/admin/taxonomy/causes/${id}?saved=created`);
  }),
);

export const updateCauseAction = localized(
  adminAction("taxonomy.manage", UpdateCauseSchema, async (input, { user, ip }) => {
    const found = await db.$transaction(async (tx) => {
      const cause = await tx.cause.findUnique({ where: { id: input.id }, select: { slug: true } });
      if (!cause) return false;
      await tx.cause.update({
        where: { id: input.id },
        data: { sortOrder: input.sortOrder, sdgs: input.sdgs },
      });
      await replaceTranslations(tx, "cause", input.id, translationsOf(input));
      const users = await tx.initiativeCause.findMany({
        where: { causeId: input.id },
        select: { initiativeId: true },
      });
      await refreshDocumentsOf(
        tx,
        users.map((row) => row.initiativeId),
      );
      await audit(tx, {
        actor: user,
        action: "taxonomy.cause_update",
        entityType: "cause",
        entityId: input.id,
        ip,
        details: { slug: cause.slug, sdgs: input.sdgs, names: namesOf(input) },
      });
      return true;
    }, TX_OPTIONS);
    if (!found) return notFound();
    afterChange();
    const { m } = await getAdminI18n();
    return { ok: true, message: m.taxonomy.saved };
  }),
);

export const createOrgTypeAction = localized(
  adminAction("taxonomy.manage", CreateOrgTypeSchema, async (input, { user, ip }) => {
    let id: string;
    try {
      id = await db.$transaction(async (tx) => {
        const type = await tx.orgType.create({
          data: {
            slug: input.slug,
            sortOrder: input.sortOrder,
            translations: {
              create: translationsOf(input).map(({ locale, name }) => ({ locale, name })),
            },
          },
          select: { id: true },
        });
        await audit(tx, {
          actor: user,
          action: "taxonomy.org_type_create",
          entityType: "org_type",
          entityId: type.id,
          ip,
          details: { slug: input.slug, names: namesOf(input) },
        });
        return type.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return slugTaken(input);
      throw error;
    }
    afterChange();
    redirect(`/admin/taxonomy/org-types/${id}?saved=created`);
  }),
);

export const updateOrgTypeAction = localized(
  adminAction("taxonomy.manage", UpdateOrgTypeSchema, async (input, { user, ip }) => {
    const found = await db.$transaction(async (tx) => {
      const type = await tx.orgType.findUnique({ where: { id: input.id }, select: { slug: true } });
      if (!type) return false;
      await tx.orgType.update({ where: { id: input.id }, data: { sortOrder: input.sortOrder } });
      await replaceTranslations(tx, "orgType", input.id, translationsOf(input));
      const users = await tx.initiative.findMany({
        where: { orgTypeId: input.id },
        select: { id: true },
      });
      await refreshDocumentsOf(
        tx,
        users.map((row) => row.id),
      );
      await audit(tx, {
        actor: user,
        action: "taxonomy.org_type_update",
        entityType: "org_type",
        entityId: input.id,
        ip,
        details: { slug: type.slug, names: namesOf(input) },
      });
      return true;
    }, TX_OPTIONS);
    if (!found) return notFound();
    afterChange();
    const { m } = await getAdminI18n();
    return { ok: true, message: m.taxonomy.saved };
  }),
);

export const deleteCauseAction = localized(
  adminAction("taxonomy.manage", DeleteTaxonSchema, async (input, { user, ip }) => {
    const outcome = await db.$transaction(async (tx) => {
      // Locks the row so no initiative can start using it between the check and the delete.
      const [cause] = await tx.$queryRaw<{ slug: string }[]>`
        SELECT "slug" FROM "Cause" WHERE "id" = ${input.id}::uuid FOR UPDATE`;
      if (!cause) return "not_found" as const;
      const [links, primary] = await Promise.all([
        tx.initiativeCause.count({ where: { causeId: input.id } }),
        tx.initiative.count({ where: { primaryCauseId: input.id } }),
      ]);
      if (links + primary > 0) return "in_use" as const;
      await tx.cause.delete({ where: { id: input.id } });
      await audit(tx, {
        actor: user,
        action: "taxonomy.cause_delete",
        entityType: "cause",
        entityId: input.id,
        ip,
        details: { slug: cause.slug },
      });
      return cause.slug;
    });
    return afterDelete(outcome);
  }),
);

export const deleteOrgTypeAction = localized(
  adminAction("taxonomy.manage", DeleteTaxonSchema, async (input, { user, ip }) => {
    const outcome = await db.$transaction(async (tx) => {
      const [type] = await tx.$queryRaw<{ slug: string }[]>`
        SELECT "slug" FROM "OrgType" WHERE "id" = ${input.id}::uuid FOR UPDATE`;
      if (!type) return "not_found" as const;
      if ((await tx.initiative.count({ where: { orgTypeId: input.id } })) > 0)
        return "in_use" as const;
      await tx.orgType.delete({ where: { id: input.id } });
      await audit(tx, {
        actor: user,
        action: "taxonomy.org_type_delete",
        entityType: "org_type",
        entityId: input.id,
        ip,
        details: { slug: type.slug },
      });
      return type.slug;
    });
    return afterDelete(outcome);
  }),
);

async function afterDelete(outcome: "not_found" | "in_use" | string): Promise<ActionState> {
  const { m } = await getAdminI18n();
  if (outcome === "not_found") return { ok: false, message: m.taxonomy.notFound };
  if (outcome === "in_use") return { ok: false, message: m.taxonomy.delete.inUse };
  afterChange();
  redirect(`/admin/taxonomy?deleted=${encodeURIComponent(outcome)}`);
}

async function replaceTranslations(
  tx: Tx,
  kind: "cause" | "orgType",
  id: string,
  rows: ReturnType<typeof translationsOf>,
): Promise<void> {
  const locales = rows.map((row) => row.locale);
  if (kind === "cause") {
    await tx.causeTranslation.deleteMany({ where: { causeId: id, locale: { notIn: locales } } });
    for (const { locale, name, description } of rows)
      await tx.causeTranslation.upsert({
        where: { causeId_locale: { causeId: id, locale } },
        create: { causeId: id, locale, name, description },
        update: { name, description },
      });
    return;
  }
  await tx.orgTypeTranslation.deleteMany({ where: { orgTypeId: id, locale: { notIn: locales } } });
  for (const { locale, name } of rows)
    await tx.orgTypeTranslation.upsert({
      where: { orgTypeId_locale: { orgTypeId: id, locale } },
      create: { orgTypeId: id, locale, name },
      update: { name },
    });
}

function namesOf(input: Parameters<typeof translationsOf>[0]): Record<string, string> {
  return Object.fromEntries(translationsOf(input).map(({ locale, name }) => [locale, name]));
}
