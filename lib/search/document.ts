import type { Db } from "@/lib/db-client";
import { pickTranslation } from "@/lib/i18n/fallback";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { searchKey } from "@/lib/text/fold";

/** The app's client or an interactive transaction's: both have these. */
export type SearchWriter = Pick<Db, "initiative" | "$executeRaw">;

const names = { select: { name: true } } as const;

const sourceSelect = {
  id: true,
  state: true,
  publishedAt: true,
  activityStatus: true,
  sensitive: true,
  orgTypeId: true,
  translations: {
    select: {
      locale: true,
      name: true,
      summary: true,
      description: true,
      city: true,
      region: true,
    },
  },
  aliases: { select: { value: true } },
  countries: { select: { countryCode: true, country: { select: { translations: names } } } },
  causes: { select: { causeId: true, cause: { select: { translations: names } } } },
  orgType: { select: { translations: names } },
} as const;

/** Markdown link targets and image sources are not text anyone searches for. */
const stripMarkdownTargets = (markdown: string) => markdown.replace(/\]\([^)]*\)/g, "]");

/** Folded texts, each once, joined. */
const keys = (texts: (string | null | undefined)[]) =>
  [...new Set(texts.flatMap((text) => (text ? [searchKey(text)] : [])).filter(Boolean))].join(" ");

/** Column-wise arrays for one INSERT ... SELECT FROM unnest(...); nested lists travel as JSON. */
function emptyColumns() {
  return {
    id: [] as string[],
    published: [] as boolean[],
    /** ISO instants: Prisma stores DateTime as UTC in timestamp columns. */
    publishedAt: [] as (string | null)[],
    activityStatus: [] as string[],
    names: [] as string[],
    sortNames: [] as string[],
    a: [] as string[],
    b: [] as string[],
    c: [] as string[],
    countryCodes: [] as string[],
    causeIds: [] as string[],
    orgTypeId: [] as (string | null)[],
    locales: [] as string[],
  };
}

/**
 * (Re)builds the search documents of the given initiatives from their current state: one read,
 * one write. Text is folded here, by the same code that folds queries (lib/text/fold.ts), so
 * documents and queries always agree. A sensitive initiative's city and region are left out: a
 * search for a place must not reveal where it works.
 */
export async function refreshSearchDocuments(tx: SearchWriter, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const initiatives = await tx.initiative.findMany({
    where: { id: { in: ids } },
    select: sourceSelect,
  });
  if (initiatives.length === 0) return;
  const col = emptyColumns();
  for (const initiative of initiatives) {
    const { translations } = initiative;
    const nameKeys = keys([
      ...translations.map((t) => t.name),
      ...initiative.aliases.map((a) => a.value),
    ]);
    const places = initiative.sensitive ? [] : translations.flatMap((t) => [t.city, t.region]);
    col.id.push(initiative.id);
    col.published.push(initiative.state === "PUBLISHED");
    col.publishedAt.push(initiative.publishedAt?.toISOString() ?? null);
    col.activityStatus.push(initiative.activityStatus);
    col.names.push(nameKeys);
    col.sortNames.push(
      JSON.stringify(
        Object.fromEntries(
          UI_LOCALES.map((locale) => [
            locale,
            pickTranslation(translations, locale)?.value.name ?? "",
          ]),
        ),
      ),
    );
    col.a.push(nameKeys);
    col.b.push(
      keys([
        ...translations.map((t) => t.summary),
        ...places,
        ...initiative.countries.flatMap(({ country }) => country.translations.map((t) => t.name)),
        ...initiative.causes.flatMap(({ cause }) => cause.translations.map((t) => t.name)),
        ...(initiative.orgType?.translations.map((t) => t.name) ?? []),
      ]),
    );
    col.c.push(keys(translations.map((t) => stripMarkdownTargets(t.description))));
    col.countryCodes.push(JSON.stringify(initiative.countries.map((c) => c.countryCode)));
    col.causeIds.push(JSON.stringify(initiative.causes.map((c) => c.causeId)));
    col.orgTypeId.push(initiative.orgTypeId);
    col.locales.push(JSON.stringify(translations.map((t) => t.locale)));
  }

  await tx.$executeRaw`
    INSERT INTO "InitiativeSearch" ("initiativeId", "published", "publishedAt", "activityStatus",
      "names", "sortNames", "document", "head", "countryCodes", "causeIds", "orgTypeId", "locales",
      "updatedAt")
    SELECT d.id, d.published, d.published_at AT TIME ZONE 'UTC', d.activity_status::"ActivityStatus",
           d.names, d.sort_names::jsonb,
           d.head || setweight(to_tsvector('simple', d.c), 'C'), d.head,
           ARRAY(SELECT jsonb_array_elements_text(d.country_codes::jsonb)),
           ARRAY(SELECT jsonb_array_elements_text(d.cause_ids::jsonb)::uuid),
           d.org_type_id,
           ARRAY(SELECT jsonb_array_elements_text(d.locales::jsonb)::"Locale"),
           now()
    FROM (
      SELECT u.*, setweight(to_tsvector('simple', u.a), 'A')
                    || setweight(to_tsvector('simple', u.b), 'B') AS head
      FROM unnest(${col.id}::uuid[], ${col.published}::boolean[], ${col.publishedAt}::timestamptz[],
                  ${col.activityStatus}::text[], ${col.names}::text[], ${col.sortNames}::text[],
                  ${col.a}::text[], ${col.b}::text[], ${col.c}::text[], ${col.countryCodes}::text[],
                  ${col.causeIds}::text[], ${col.orgTypeId}::uuid[], ${col.locales}::text[])
           AS u(id, published, published_at, activity_status, names, sort_names, a, b, c,
                country_codes, cause_ids, org_type_id, locales)
    ) d
    ON CONFLICT ("initiativeId") DO UPDATE
      SET "published" = EXCLUDED."published", "publishedAt" = EXCLUDED."publishedAt",
          "activityStatus" = EXCLUDED."activityStatus", "names" = EXCLUDED."names",
          "sortNames" = EXCLUDED."sortNames", "document" = EXCLUDED."document",
          "head" = EXCLUDED."head", "countryCodes" = EXCLUDED."countryCodes",
          "causeIds" = EXCLUDED."causeIds", "orgTypeId" = EXCLUDED."orgTypeId",
          "locales" = EXCLUDED."locales", "updatedAt" = EXCLUDED."updatedAt"`;
}

/**
 * Rebuilds one initiative's search document. Call it, in the same transaction, after every change
 * to the initiative (publication and activity status included), its translations, aliases,
 * countries, causes or type.
 */
export function refreshSearchDocument(tx: SearchWriter, initiativeId: string): Promise<void> {
  return refreshSearchDocuments(tx, [initiativeId]);
}

/**
 * Rebuilds search documents in batches: all of them (after a change to the folding rules or to
 * taxonomy names), or only the missing ones (initiatives created before the search existed).
 * Returns how many were built.
 */
export async function refreshAllSearchDocuments(
  db: SearchWriter,
  { onlyMissing = false, batchSize = 500 } = {},
): Promise<number> {
  let done = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.initiative.findMany({
      where: {
        ...(after ? { id: { gt: after } } : {}),
        ...(onlyMissing ? { search: { is: null } } : {}),
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (batch.length === 0) return done;
    await refreshSearchDocuments(
      db,
      batch.map((row) => row.id),
    );
    done += batch.length;
    after = batch.at(-1)?.id;
  }
}
