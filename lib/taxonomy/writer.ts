import "server-only";
import type { Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchDocuments } from "@/lib/search/document";
import { translationsOf, type CauseInput, type OrgTypeInput } from "@/lib/taxonomy/schemas";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Translations = ReturnType<typeof translationsOf>;

/**
 * What differs between causes and organisation types, so one write path (lib/taxonomy/actions.ts)
 * creates, updates and deletes both: the tables, the audit names, which initiatives use a row,
 * and the columns and translation fields each kind has (causes have SDGs and descriptions).
 */
export interface TaxonKind<Input> {
  /** Audit entity type and action prefix ("taxonomy.cause_create"). */
  entity: "cause" | "org_type";
  /** The admin path segment ("/admin/taxonomy/causes/…"). */
  path: "causes" | "org-types";
  create(tx: Tx, slug: string, input: Input): Promise<string>;
  /** Updates the row's own columns and translations; false when it no longer exists. */
  update(tx: Tx, id: string, input: Input): Promise<{ slug: string } | null>;
  /** Locks the row (so nothing starts using it meanwhile) and returns its slug. */
  lock(tx: Tx, id: string): Promise<string | null>;
  /** Initiatives that carry the label, whose search documents must follow a rename. */
  usedBy(tx: Tx, id: string): Promise<string[]>;
  remove(tx: Tx, id: string): Promise<void>;
  /** What the audit entry records about the values. */
  details(input: Input): Record<string, unknown>;
}

const namesOf = (input: Parameters<typeof translationsOf>[0]) =>
  Object.fromEntries(translationsOf(input).map(({ locale, name }) => [locale, name]));

const names = (rows: Translations) => rows.map(({ locale, name }) => ({ locale, name }));

export const CAUSE: TaxonKind<CauseInput> = {
  entity: "cause",
  path: "causes",
  async create(tx, slug, input) {
    const row = await tx.cause.create({
      data: {
        slug,
        sortOrder: input.sortOrder,
        sdgs: input.sdgs,
        translations: { create: translationsOf(input) },
      },
      select: { id: true },
    });
    return row.id;
  },
  async update(tx, id, input) {
    const row = await tx.cause.findUnique({ where: { id }, select: { slug: true } });
    if (!row) return null;
    await tx.cause.update({
      where: { id },
      data: { sortOrder: input.sortOrder, sdgs: input.sdgs },
    });
    const rows = translationsOf(input);
    await tx.causeTranslation.deleteMany({
      where: { causeId: id, locale: { notIn: rows.map((r) => r.locale) } },
    });
    for (const { locale, name, description } of rows)
      await tx.causeTranslation.upsert({
        where: { causeId_locale: { causeId: id, locale } },
        create: { causeId: id, locale, name, description },
        update: { name, description },
      });
    return row;
  },
  async lock(tx, id) {
    const [row] = await tx.$queryRaw<{ slug: string }[]>`
      SELECT "slug" FROM "Cause" WHERE "id" = ${id}::uuid FOR UPDATE`;
    return row?.slug ?? null;
  },
  async usedBy(tx, id) {
    const [links, primary] = await Promise.all([
      tx.initiativeCause.findMany({ where: { causeId: id }, select: { initiativeId: true } }),
      tx.initiative.findMany({ where: { primaryCauseId: id }, select: { id: true } }),
    ]);
    return [...new Set([...links.map((l) => l.initiativeId), ...primary.map((p) => p.id)])];
  },
  async remove(tx, id) {
    await tx.cause.delete({ where: { id } });
  },
  details: (input) => ({ sdgs: input.sdgs, names: namesOf(input) }),
};

export const ORG_TYPE: TaxonKind<OrgTypeInput> = {
  entity: "org_type",
  path: "org-types",
  async create(tx, slug, input) {
    const row = await tx.orgType.create({
      data: {
        slug,
        sortOrder: input.sortOrder,
        translations: { create: names(translationsOf(input)) },
      },
      select: { id: true },
    });
    return row.id;
  },
  async update(tx, id, input) {
    const row = await tx.orgType.findUnique({ where: { id }, select: { slug: true } });
    if (!row) return null;
    await tx.orgType.update({ where: { id }, data: { sortOrder: input.sortOrder } });
    const rows = names(translationsOf(input));
    await tx.orgTypeTranslation.deleteMany({
      where: { orgTypeId: id, locale: { notIn: rows.map((r) => r.locale) } },
    });
    for (const { locale, name } of rows)
      await tx.orgTypeTranslation.upsert({
        where: { orgTypeId_locale: { orgTypeId: id, locale } },
        create: { orgTypeId: id, locale, name },
        update: { name },
      });
    return row;
  },
  async lock(tx, id) {
    const [row] = await tx.$queryRaw<{ slug: string }[]>`
      SELECT "slug" FROM "OrgType" WHERE "id" = ${id}::uuid FOR UPDATE`;
    return row?.slug ?? null;
  },
  async usedBy(tx, id) {
    const rows = await tx.initiative.findMany({ where: { orgTypeId: id }, select: { id: true } });
    return rows.map((row) => row.id);
  },
  async remove(tx, id) {
    await tx.orgType.delete({ where: { id } });
  },
  details: (input) => ({ names: namesOf(input) }),
};

const BATCH = 500;

/**
 * Taxonomy labels are part of every search document that carries them: rebuild exactly those
 * documents, in the same transaction as the rename, so search never disagrees with the labels.
 */
export async function refreshDocumentsOf(tx: Tx, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH)
    await refreshSearchDocuments(tx, ids.slice(i, i + BATCH));
}

export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
