/**
 * Bulk writes of synthetic initiatives: one multi-row INSERT ... SELECT FROM unnest(...) per table
 * and batch (each column travels as one array parameter), so 100k initiatives take a minute.
 */
import type pg from "pg";
import type { SyntheticInitiative } from "./synthesize";

interface Column {
  name: string;
  /** SQL array type of the parameter, e.g. uuid[]. */
  type: string;
  values: unknown[];
}

async function insertRows(client: pg.ClientBase, table: string, columns: Column[]) {
  if (columns[0]?.values.length === 0) return;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`,
    columns.map((c) => c.values),
  );
}

/** Column arrays from rows, in the order of `types`. */
function columnsOf<T extends Record<string, unknown>>(rows: T[], types: Record<keyof T, string>) {
  return Object.entries(types).map(([name, type]) => ({
    name,
    type: type as string,
    values: rows.map((row) => row[name]),
  }));
}

export interface Taxonomy {
  causeIds: Map<string, string>;
  orgTypeIds: Map<string, string>;
}

export async function insertInitiatives(
  client: pg.ClientBase,
  batch: SyntheticInitiative[],
  taxonomy: Taxonomy,
  /** Ids of the child rows (translations, aliases, links). */
  newId: () => string,
  /** Creation time of drafts. */
  now: string,
) {
  const id = (key: string, map: Map<string, string>) => {
    const found = map.get(key);
    if (!found) throw new Error(`unknown taxonomy key ${key}`);
    return found;
  };
  const initiatives = batch.map((i) => ({
    id: i.id,
    slug: i.slug,
    state: i.published ? "PUBLISHED" : "DRAFT",
    publishedAt: i.publishedAt,
    activityStatus: i.activityStatus,
    lastVerifiedAt: i.lastVerifiedAt,
    foundedYear: i.foundedYear,
    sensitive: i.sensitive,
    orgTypeId: id(i.orgType, taxonomy.orgTypeIds),
    primaryCauseId: id(i.causes[0]!, taxonomy.causeIds),
    createdAt: i.publishedAt ?? now,
    updatedAt: i.publishedAt ?? now,
  }));
  await insertRows(
    client,
    "Initiative",
    columnsOf(initiatives, {
      id: "uuid[]",
      slug: "text[]",
      state: `"PublicationState"[]`,
      publishedAt: "timestamp[]",
      activityStatus: `"ActivityStatus"[]`,
      lastVerifiedAt: "date[]",
      foundedYear: "int[]",
      sensitive: "boolean[]",
      orgTypeId: "uuid[]",
      primaryCauseId: "uuid[]",
      createdAt: "timestamp[]",
      updatedAt: "timestamp[]",
    }),
  );
  const translations = batch.flatMap((i) =>
    i.translations.map((t) => ({ id: newId(), initiativeId: i.id, ...t, updatedAt: now })),
  );
  await insertRows(
    client,
    "InitiativeTranslation",
    columnsOf(translations, {
      id: "uuid[]",
      initiativeId: "uuid[]",
      locale: `"Locale"[]`,
      name: "text[]",
      summary: "text[]",
      description: "text[]",
      city: "text[]",
      region: "text[]",
      status: `"TranslationStatus"[]`,
      updatedAt: "timestamp[]",
    }),
  );
  const aliases = batch.flatMap((i) =>
    i.aliases.map((value) => ({ id: newId(), initiativeId: i.id, value })),
  );
  await insertRows(
    client,
    "InitiativeAlias",
    columnsOf(aliases, { id: "uuid[]", initiativeId: "uuid[]", value: "text[]" }),
  );
  const countries = batch.flatMap((i) =>
    i.countries.map((countryCode) => ({ initiativeId: i.id, countryCode })),
  );
  await insertRows(
    client,
    "InitiativeCountry",
    columnsOf(countries, { initiativeId: "uuid[]", countryCode: "text[]" }),
  );
  const causes = batch.flatMap((i) =>
    i.causes.map((slug) => ({ initiativeId: i.id, causeId: id(slug, taxonomy.causeIds) })),
  );
  await insertRows(
    client,
    "InitiativeCause",
    columnsOf(causes, { initiativeId: "uuid[]", causeId: "uuid[]" }),
  );
  const links = batch.map((i) => ({
    id: newId(),
    initiativeId: i.id,
    type: "WEBSITE",
    url: i.website,
  }));
  await insertRows(
    client,
    "InitiativeLink",
    columnsOf(links, { id: "uuid[]", initiativeId: "uuid[]", type: `"LinkType"[]`, url: "text[]" }),
  );
}
