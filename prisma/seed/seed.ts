import type { Db } from "../../lib/db-client";
import { normalizeLink } from "../../lib/initiatives/links";
import { recordRevision } from "../../lib/initiatives/revisions";
import { CONTENT_LOCALES, type LocalizedText } from "../../lib/i18n/locales";
import { refreshSearchDocument } from "../../lib/search/document";
import { INITIATIVES } from "./initiatives";
import { CAUSES, COUNTRIES, ORG_TYPES } from "./taxonomy";
import type { InitiativeSeed } from "./types";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function localized(text: LocalizedText) {
  return CONTENT_LOCALES.flatMap((locale) => {
    const value = text[locale];
    return value ? [{ locale, value }] : [];
  });
}

async function seedTaxonomy(tx: Tx) {
  let order = 0;
  for (const [code, entry] of Object.entries(COUNTRIES)) {
    const translations = localized(entry.name).map(({ locale, value }) => ({
      locale,
      name: value,
      description: (entry.description as LocalizedText)[locale] ?? "",
    }));
    await tx.country.upsert({
      where: { code },
      create: { code, sortOrder: order++, translations: { create: translations } },
      update: {},
    });
  }
  order = 0;
  for (const [slug, entry] of Object.entries(CAUSES)) {
    const translations = localized(entry.name).map(({ locale, value }) => ({
      locale,
      name: value,
      description: (entry.description as LocalizedText)[locale] ?? "",
    }));
    await tx.cause.upsert({
      where: { slug },
      create: {
        slug,
        sdgs: [...entry.sdgs],
        sortOrder: order++,
        translations: { create: translations },
      },
      update: {},
    });
  }
  order = 0;
  for (const [slug, names] of Object.entries(ORG_TYPES)) {
    const translations = localized(names).map(({ locale, value }) => ({ locale, name: value }));
    await tx.orgType.upsert({
      where: { slug },
      create: { slug, sortOrder: order++, translations: { create: translations } },
      update: {},
    });
  }
}

function latestSourceDate(seed: InitiativeSeed): Date | null {
  const dates = seed.sources.flatMap((source) => (source.publishedAt ? [source.publishedAt] : []));
  return dates.length ? new Date(dates.sort().at(-1)!) : null;
}

/**
 * When staff last checked the entry. The articles date the facts, not the check: a freshly
 * seeded directory was checked recently, entry by entry over the past year or so, so a few are
 * due again (what the dashboard's "not verified for 12 months" list is for). The spread is fixed
 * by the slug, so every seed gives each entry the same age. Entries citing no dated article were
 * never checked against one.
 */
export function seedVerifiedAt(seed: InitiativeSeed, now: Date): Date | null {
  const source = latestSourceDate(seed);
  if (!source) return null;
  const monthsAgo = [...seed.slug].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 15;
  const checked = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, Math.min(now.getUTCDate(), 28)),
  );
  return checked > source ? checked : source;
}

async function seedInitiative(tx: Tx, seed: InitiativeSeed, now: Date) {
  // One connection per transaction: its queries run one after another.
  const causes = await tx.cause.findMany({
    where: { slug: { in: seed.causes } },
    select: { id: true, slug: true },
  });
  const orgType = await tx.orgType.findUniqueOrThrow({
    where: { slug: seed.type },
    select: { id: true },
  });
  const causeId = new Map(causes.map((cause) => [cause.slug, cause.id]));
  const links = seed.links.map((link, index) => {
    const normalized = normalizeLink(link.type, link.value);
    if (!normalized.ok) throw new Error(`${seed.slug}: link ${link.value}: ${normalized.error}`);
    return {
      type: link.type,
      url: normalized.url,
      handle: normalized.handle,
      label: link.label,
      sortOrder: index,
    };
  });
  const published = latestSourceDate(seed);

  const initiative = await tx.initiative.create({
    data: {
      slug: seed.slug,
      state: "PUBLISHED",
      publishedAt: published ?? now,
      activityStatus: seed.activityStatus,
      lastVerifiedAt: seedVerifiedAt(seed, now),
      foundedYear: seed.foundedYear ?? null,
      sensitive: seed.sensitive,
      orgTypeId: orgType.id,
      primaryCauseId: causeId.get(seed.primaryCause) ?? null,
      translations: {
        create: Object.entries(seed.translations).map(([locale, t]) => ({
          locale: locale as keyof InitiativeSeed["translations"],
          name: t.name,
          summary: t.summary,
          description: t.description,
          city: t.city ?? null,
          region: t.region ?? null,
          status: t.status,
        })),
      },
      aliases: { create: [...new Set(seed.aliases)].map((value) => ({ value })) },
      countries: { create: seed.countries.map((countryCode) => ({ countryCode })) },
      causes: {
        create: seed.causes.map((slug) => {
          const id = causeId.get(slug);
          if (!id) throw new Error(`${seed.slug}: unknown cause ${slug}`);
          return { causeId: id };
        }),
      },
      links: { create: links },
      people: {
        create: seed.people.map((person, index) => ({
          name: person.name,
          role: person.role,
          isPublic: person.isPublic,
          sortOrder: index,
        })),
      },
    },
    select: { id: true },
  });
  await refreshSearchDocument(tx, initiative.id);

  const sourceIds: string[] = [];
  for (const source of seed.sources) {
    const created = await tx.source.create({
      data: {
        initiativeId: initiative.id,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        publishedAt: source.publishedAt ? new Date(source.publishedAt) : null,
        locale: source.locale,
      },
      select: { id: true },
    });
    sourceIds.push(created.id);
  }
  for (const [index, impact] of seed.impacts.entries()) {
    await tx.impactFigure.create({
      data: {
        initiativeId: initiative.id,
        label: impact.label,
        value: impact.value,
        unit: impact.unit ?? {},
        year: impact.year ?? null,
        sourceId: sourceIds[impact.source] ?? null,
        sortOrder: index,
      },
    });
  }
  for (const funding of seed.fundings) {
    const funder = await tx.funder.upsert({
      where: { slug: funding.funder.slug },
      create: {
        slug: funding.funder.slug,
        name: funding.funder.name,
        url: funding.funder.url ?? null,
      },
      update: {},
      select: { id: true },
    });
    await tx.initiativeFunding.create({
      data: {
        initiativeId: initiative.id,
        funderId: funder.id,
        programme: funding.programme ?? {},
        startYear: funding.startYear ?? null,
        endYear: funding.endYear ?? null,
      },
    });
  }
  // The baseline later edits are compared with: written last, with every relation in place.
  await recordRevision(tx, { initiativeId: initiative.id, action: "create", authorId: null });
}

export type SeedResult =
  { seeded: false; existing: number } | { seeded: true; initiatives: number };

/**
 * Loads the taxonomy and the initiatives described by the seed articles, all published, in one
 * transaction. Does nothing when the database already holds initiatives.
 */
export async function seedDatabase(db: Db): Promise<SeedResult> {
  const existing = await db.initiative.count();
  if (existing > 0) return { seeded: false, existing };
  const now = new Date();
  await db.$transaction(
    async (tx) => {
      await seedTaxonomy(tx);
      for (const seed of INITIATIVES) await seedInitiative(tx, seed, now);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { seeded: true, initiatives: INITIATIVES.length };
}
