import "server-only";
import { randomBytes } from "node:crypto";
import { msg } from "@/lib/admin-i18n/codes";
import type { Db } from "@/lib/db-client";
import { Prisma, type PublicationState } from "@/lib/generated/prisma/client";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import type { InitiativeEditorValues } from "@/lib/initiatives/editor-schema";
import { normalizeLink } from "@/lib/initiatives/links";
import { recordRevision } from "@/lib/initiatives/revisions";
import { refreshSearchDocument } from "@/lib/search/document";
import { slugify } from "@/lib/text/slug";

/**
 * How the editor's values are written: reference checks, the initiative's own columns and the
 * replacement of its content relations. Used by lib/initiatives/actions.ts inside its
 * transactions; nothing here checks who the caller is.
 */

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Reader = Pick<Db, "country" | "cause" | "orgType" | "funder" | "media">;

/** The slug may change only while the entry has never been public (its address is shared). */
export const slugLocked = (current: { state: PublicationState; publishedAt: Date | null }) =>
  current.state === "PUBLISHED" || current.publishedAt !== null;

/**
 * UUIDv7s that sort in the order given (a counter in the 12 "rand_a" bits, RFC 9562 §6.2), for
 * rows without a sort column: reading them back by id returns the editor's order.
 */
function orderedIds(count: number): string[] {
  const time = Date.now().toString(16).padStart(12, "0");
  return Array.from({ length: count }, (_, index) => {
    const tail = randomBytes(8);
    tail[0] = (tail[0]! & 0x3f) | 0x80;
    const hex = tail.toString("hex");
    const counter = index.toString(16).padStart(3, "0");
    return `${time.slice(0, 8)}-${time.slice(8)}-7${counter}-${hex.slice(0, 4)}-${hex.slice(4)}`;
  });
}

/** Field errors for references to rows that do not exist (or images used elsewhere). */
export async function checkReferences(
  reader: Reader,
  v: InitiativeEditorValues,
  initiativeId: string | null,
): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const existingFunders = v.fundings.flatMap((f) =>
    f.funder.kind === "existing" ? [f.funder.id] : [],
  );
  const mediaIds = [v.logo?.id, v.cover?.id].filter((id): id is string => Boolean(id));
  const [countries, causes, orgType, funders, media] = await Promise.all([
    reader.country.findMany({ where: { code: { in: v.countries } }, select: { code: true } }),
    reader.cause.findMany({ where: { id: { in: v.causes } }, select: { id: true } }),
    v.orgTypeId
      ? reader.orgType.findUnique({ where: { id: v.orgTypeId }, select: { id: true } })
      : null,
    reader.funder.findMany({ where: { id: { in: existingFunders } }, select: { id: true } }),
    reader.media.findMany({
      where: { id: { in: mediaIds } },
      select: {
        id: true,
        kind: true,
        logoOf: { select: { id: true } },
        coverOf: { select: { id: true } },
      },
    }),
  ]);
  const known = (rows: { id?: string; code?: string }[]) =>
    new Set(rows.map((row) => row.id ?? row.code));
  const missingCountries = v.countries.filter((code) => !known(countries).has(code));
  if (missingCountries.length)
    errors.countries = [
      msg("initiatives.results.unknownCountry", { codes: missingCountries.join(", ") }),
    ];
  if (v.causes.some((id) => !known(causes).has(id)))
    errors.causes = [msg("initiatives.results.unknownCause")];
  if (v.orgTypeId && !orgType) errors.orgTypeId = [msg("initiatives.results.unknownOrgType")];
  v.fundings.forEach((f, i) => {
    if (f.funder.kind === "existing" && !known(funders).has(f.funder.id))
      errors[`fundings.${i}.funder.id`] = [msg("initiatives.results.unknownFunder")];
  });
  for (const [field, kind] of [
    ["logo", "LOGO"],
    ["cover", "COVER"],
  ] as const) {
    const id = v[field]?.id;
    if (!id) continue;
    const row = media.find((m) => m.id === id);
    const user = row && (row.logoOf ?? row.coverOf);
    if (!row || row.kind !== kind) errors[field] = [msg("initiatives.results.unknownImage")];
    else if (user && user.id !== initiativeId)
      errors[field] = [msg("initiatives.results.imageElsewhere")];
  }
  return Object.keys(errors).length ? errors : null;
}

/** The initiative's own columns as the editor sets them. */
export function scalarData(v: InitiativeEditorValues) {
  return {
    activityStatus: v.activityStatus,
    lastVerifiedAt: v.lastVerifiedAt ? new Date(v.lastVerifiedAt) : null,
    foundedYear: v.foundedYear,
    sensitive: v.sensitive,
    featured: v.featured,
    orgTypeId: v.orgTypeId || null,
    primaryCauseId: v.primaryCauseId || null,
    logoId: v.logo?.id ?? null,
    coverId: v.cover?.id ?? null,
  };
}

/** Replaces every content relation of the initiative with the editor's values. */
export async function writeContent(tx: Tx, initiativeId: string, v: InitiativeEditorValues) {
  const where = { initiativeId };
  // One connection per transaction: its statements run one after another anyway.
  await tx.impactFigure.deleteMany({ where });
  await tx.source.deleteMany({ where });
  await tx.initiativeTranslation.deleteMany({ where });
  await tx.initiativeAlias.deleteMany({ where });
  await tx.initiativeCountry.deleteMany({ where });
  await tx.initiativeCause.deleteMany({ where });
  await tx.initiativeLink.deleteMany({ where });
  await tx.initiativePerson.deleteMany({ where });
  await tx.initiativeFunding.deleteMany({ where });

  const funderIds: string[] = [];
  for (const { funder } of v.fundings) {
    if (funder.kind === "existing") {
      funderIds.push(funder.id);
      continue;
    }
    // A new funder whose name matches an existing one's slug is that funder.
    const slug = slugify(funder.name) || "funder";
    const row = await tx.funder.upsert({
      where: { slug },
      create: { slug, name: { en: funder.name }, url: funder.url || null },
      update: {},
      select: { id: true },
    });
    funderIds.push(row.id);
  }

  const sourceIds = orderedIds(v.sources.length);
  await tx.initiativeTranslation.createMany({
    data: CONTENT_LOCALES.flatMap((locale) => {
      const t = v.translations[locale];
      if (!t.name) return [];
      return [{ initiativeId, locale, ...t, region: t.region || null, city: t.city || null }];
    }),
  });
  const aliasIds = orderedIds(v.aliases.length);
  await tx.initiativeAlias.createMany({
    data: v.aliases.map((a, i) => ({
      id: aliasIds[i],
      initiativeId,
      value: a.value,
      locale: a.locale || null,
    })),
  });
  await tx.initiativeCountry.createMany({
    data: v.countries.map((countryCode) => ({ initiativeId, countryCode })),
  });
  await tx.initiativeCause.createMany({
    data: v.causes.map((causeId) => ({ initiativeId, causeId })),
  });
  await tx.initiativeLink.createMany({
    data: v.links.map((link, sortOrder) => {
      const normalized = normalizeLink(link.type, link.value);
      if (!normalized.ok) throw new Error("A link passed validation but does not normalise");
      const { url, handle } = normalized;
      return { initiativeId, type: link.type, url, handle, label: link.label || null, sortOrder };
    }),
  });
  await tx.initiativePerson.createMany({
    data: v.people.map((p, sortOrder) => ({ initiativeId, ...p, sortOrder })),
  });
  await tx.source.createMany({
    data: v.sources.map((s, i) => ({
      id: sourceIds[i],
      initiativeId,
      title: s.title,
      publisher: s.publisher || null,
      url: s.url || null,
      publishedAt: s.publishedAt ? new Date(s.publishedAt) : null,
      locale: s.locale || null,
    })),
  });
  await tx.impactFigure.createMany({
    data: v.impacts.map((impact, sortOrder) => ({
      initiativeId,
      label: impact.label,
      value: impact.value,
      unit: impact.unit,
      year: impact.year,
      sourceId: impact.sourceIndex === null ? null : (sourceIds[impact.sourceIndex] ?? null),
      sortOrder,
    })),
  });
  const fundingIds = orderedIds(v.fundings.length);
  await tx.initiativeFunding.createMany({
    data: v.fundings.map((f, i) => ({
      id: fundingIds[i],
      initiativeId,
      funderId: funderIds[i]!,
      programme: f.programme,
      startYear: f.startYear,
      endYear: f.endYear,
    })),
  });
  for (const image of [v.logo, v.cover]) {
    if (image) await tx.media.update({ where: { id: image.id }, data: { alt: image.alt } });
  }
}

export const isSlugTaken = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError &&
  error.code === "P2002" &&
  JSON.stringify(error.meta ?? {}).includes("slug");

export async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (
      await tx.initiative.findMany({
        where: { slug: { startsWith: base } },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Creates a DRAFT initiative from editor values with everything a new entry needs in the same
 * transaction: its content, its search document and the "create" revision. The editor, approved
 * submissions and imported feed items all create drafts through here. `slug` is used as given
 * (the caller checked it is free); otherwise a free one is derived from `name`.
 */
export async function createDraftInitiative(
  tx: Tx,
  values: InitiativeEditorValues,
  { authorId, name, slug }: { authorId: string; name: string; slug?: string },
) {
  const row = await tx.initiative.create({
    data: {
      slug: slug || (await freeSlug(tx, slugify(name) || "initiative")),
      state: "DRAFT",
      ...scalarData(values),
      createdById: authorId,
      updatedById: authorId,
    },
    select: { id: true, slug: true },
  });
  await writeContent(tx, row.id, values);
  await refreshSearchDocument(tx, row.id);
  const revision = await recordRevision(tx, { initiativeId: row.id, action: "create", authorId });
  return { ...row, revision };
}
