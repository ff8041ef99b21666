/**
 * Fills an empty database with N published initiatives (and about N/9 drafts besides):
 * the 17 seed articles as they are, then synthetic ones recombined from them (bench/synthesize.ts)
 * with a seeded generator, so every run with the same --count and --seed builds the same data.
 * Then builds the search documents with the app's own code and VACUUM ANALYZEs.
 *
 *   tsx bench/generate.ts [--count 100000] [--seed 1] [--keep]
 *
 * Uses DATABASE_URL (a local, empty database), or creates a database on the test server, which it
 * drops at the end unless --keep.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { parseArgs } from "../lib/cli-database";
import { createPrismaClient } from "../lib/db-client";
import { refreshAllSearchDocuments } from "../lib/search/document";
import { INITIATIVES } from "../prisma/seed/initiatives";
import { seedDatabase } from "../prisma/seed/seed";
import { describeUrl, openBenchDatabase } from "./database";
import { insertInitiatives, type Taxonomy } from "./insert";
import { createRandom, uuidV7 } from "./random";
import { synthesize, toTemplates, type SyntheticInitiative } from "./synthesize";

const BATCH = 2_000;
/** Creation time of drafts and the time part of child ids: fixed, so runs repeat. */
const NOW = "2026-11-01 00:00:00";
const CHILD_EPOCH = Date.UTC(2026, 10, 1);

export interface GenerateOptions {
  url: string;
  count: number;
  seed: number;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

async function readTaxonomy(client: pg.ClientBase): Promise<Taxonomy> {
  const causes = await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Cause"`);
  const types = await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "OrgType"`);
  return {
    causeIds: new Map(causes.rows.map((row) => [row.slug, row.id])),
    orgTypeIds: new Map(types.rows.map((row) => [row.slug, row.id])),
  };
}

/** Inserts synthetic initiatives until `published` of them are published; returns the total. */
async function insertSynthetic(client: pg.ClientBase, published: number, seed: number) {
  const random = createRandom(seed);
  const templates = toTemplates(INITIATIVES);
  const taxonomy = await readTaxonomy(client);
  let childCount = 0;
  const newId = () => uuidV7(CHILD_EPOCH + childCount++, random);
  let made = 0;
  let madePublished = 0;
  await client.query("BEGIN");
  while (madePublished < published) {
    const batch: SyntheticInitiative[] = [];
    while (batch.length < BATCH && madePublished < published) {
      const initiative = synthesize(made++, random, templates);
      if (initiative.published) madePublished++;
      batch.push(initiative);
    }
    await insertInitiatives(client, batch, taxonomy, newId, NOW);
    if (made % 20_000 < BATCH) console.log(`generate: ${made} initiatives inserted`);
  }
  await client.query("COMMIT");
  return made;
}

export async function generate({ url, count, seed }: GenerateOptions) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = createPrismaClient(url, 4);
  try {
    const existing = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Initiative"`,
    );
    if ((existing.rows[0]?.n ?? 0) > 0) {
      throw new Error(
        `the database ${describeUrl(url)} already holds initiatives: use an empty one`,
      );
    }
    const started = performance.now();
    const seeded = await seedDatabase(db);
    const seedCount = seeded.seeded ? seeded.initiatives : 0;
    const synthetic = await insertSynthetic(client, Math.max(0, count - seedCount), seed);
    const inserted = seconds(started);
    console.log(
      `generate: ${seedCount + synthetic} initiatives in ${inserted} s; search documents`,
    );

    const documentsStarted = performance.now();
    const documents = await refreshAllSearchDocuments(db, { onlyMissing: true, batchSize: 1_000 });
    const documentSeconds = seconds(documentsStarted);
    console.log(`generate: ${documents} search documents in ${documentSeconds} s; VACUUM ANALYZE`);
    // A bulk-loaded table has no visibility map, unset hint bits and a long GIN pending list;
    // a table in service has been vacuumed by autovacuum. Measure the table in service.
    const vacuumStarted = performance.now();
    await client.query("VACUUM (ANALYZE)");
    const vacuumSeconds = seconds(vacuumStarted);

    const { rows } = await client.query<Record<string, string | number>>(`
      SELECT (SELECT count(*)::int FROM "Initiative") AS initiatives,
             (SELECT count(*)::int FROM "Initiative" WHERE state = 'PUBLISHED') AS published,
             (SELECT count(*)::int FROM "InitiativeTranslation") AS translations,
             (SELECT count(*)::int FROM "InitiativeTranslation" WHERE locale = 'kk') AS kazakh,
             (SELECT count(*)::int FROM "InitiativeAlias") AS aliases,
             (SELECT count(*)::int FROM "InitiativeSearch") AS "searchDocuments",
             pg_size_pretty(pg_database_size(current_database())) AS "databaseSize",
             version() AS server`);
    return {
      count,
      seed,
      ...rows[0],
      seconds: { insert: inserted, searchDocuments: documentSeconds, vacuum: vacuumSeconds },
    };
  } finally {
    await db.$disconnect();
    await client.end();
  }
}

/** Reads --count and --seed (shared by bench/run.ts). */
export function generateArgs(args: Map<string, string | true>) {
  const number = (key: string, fallback: number) => {
    const value = args.get(key);
    const parsed = typeof value === "string" ? Number(value.replace(/_/g, "")) : fallback;
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${key} must be a whole number`);
    return parsed;
  };
  return { count: number("count", 100_000), seed: number("seed", 1) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const database = await openBenchDatabase({ keep: args.has("keep") });
  try {
    const summary = await generate({ url: database.url, ...generateArgs(args) });
    console.log(summary);
    const file = path.join(import.meta.dirname, "results", "generate.json");
    await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
