import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveText } from "@/lib/admin-i18n/codes";
import { en } from "@/lib/admin-i18n/en";
import type { Capability } from "@/lib/authz";
import { createPrismaClient } from "@/lib/db-client";
import { applyImport } from "@/lib/transfer/apply";
import { exportText } from "@/lib/transfer/export";
import type { TransferDocument } from "@/lib/transfer/format";
import { planImport } from "@/lib/transfer/plan";
import { sayItem } from "@/lib/transfer/report";
import { copyTaxonomy, emptyDatabase } from "@/lib/transfer/testing";
import { seedDatabase } from "@/prisma/seed/seed";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
const everything = () => true;
const cli = { user: null, via: "cli" as const };

beforeAll(async () => {
  await seedDatabase(db);
});
afterAll(() => db.$disconnect());

/** Edits cells of a CSV export as a spreadsheet user would. */
function editCsv(csv: string, edits: Record<string, Record<string, string>>): string {
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];
  const slugColumn = header!.indexOf("slug");
  for (const row of rows) {
    for (const [column, value] of Object.entries(edits[row[slugColumn]!] ?? {})) {
      const index = header!.indexOf(column);
      if (index < 0) throw new Error(`no column ${column}`);
      row[index] = value;
    }
  }
  return "\uFEFF" + stringify([header!, ...rows], { record_delimiter: "\r\n" });
}

async function fingerprint() {
  const [initiatives, revisions, audits, funders, media] = await Promise.all([
    db.initiative.findMany({
      select: { slug: true, version: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.revision.count(),
    db.auditLog.count(),
    db.funder.count(),
    db.media.count(),
  ]);
  return JSON.stringify({ initiatives, revisions, audits, funders, media });
}

const rowOf = (csv: string, slug: string) =>
  (parse(csv, { bom: true }) as string[][]).findIndex((row) => row[0] === slug) + 1;

describe("dry run of a modified CSV", () => {
  it("lists each change and each invalid row with its reason, and writes nothing", async () => {
    const csv = await exportText(db, "csv");
    const [renamed, badCountry, nameless, badLink] = ["askak", "bulbul", "jasa", "kun-jarygy"];
    const kun = await db.initiative.findUniqueOrThrow({
      where: { slug: badLink },
      select: { links: { select: { type: true, url: true } }, translations: true },
    });
    expect(kun.links.length).toBeGreaterThan(0);
    const blankNames = Object.fromEntries(
      ["en", "ru", "kk", "uz", "tg", "kaa"].flatMap((l) =>
        ["name", "summary", "description", "region", "city", "status"].map((f) => [
          `${f}.${l}`,
          "",
        ]),
      ),
    );
    const edited = editCsv(csv, {
      [renamed]: { "name.ru": "Коалиция АСКАК (новое имя)" },
      [badCountry]: { countries: "KZ;XX" },
      [nameless]: blankNames,
      [badLink]: {
        links: JSON.stringify([{ type: "WEBSITE", url: "not a web address", label: null }]),
      },
    });
    const before = await fingerprint();
    const plan = await planImport(db, edited, { permits: everything });

    expect(plan.fileErrors).toEqual([]);
    expect(plan.counts).toMatchObject({ update: 1, invalid: 3 });
    const update = plan.items.find((item) => item.kind === "update")!;
    expect(update).toMatchObject({ slug: renamed, row: rowOf(edited, renamed) });
    expect(update.changes).toEqual([
      { field: "name.ru", before: "Коалиция ASKAK", after: "Коалиция АСКАК (новое имя)" },
    ]);
    const invalid = Object.fromEntries(
      plan.items.filter((i) => i.kind === "invalid").map((i) => [i.slug, sayItem(i)]),
    );
    expect(invalid[badCountry]).toMatchObject({
      row: rowOf(edited, badCountry),
      errors: [{ field: "countries", message: "Unknown country code XX." }],
    });
    expect(invalid[nameless]!.errors).toContainEqual({
      field: "name.en",
      message: "Enter the name in at least one language.",
    });
    expect(invalid[badLink]!.errors).toEqual([
      { field: "links.0.url", message: expect.stringMatching(/web address/) },
    ]);

    const result = await applyImport(db, edited, { permits: everything, actor: cli });
    expect(result.kind).toBe("invalid");
    expect(await fingerprint()).toBe(before);
  });

  it("applies a valid file in one go: content, search, revision, audit", async () => {
    const csv = await exportText(db, "csv");
    const edited = editCsv(csv, {
      bulbul: { "name.kk": "Бұлбұл жаңа", featured: "true" },
    });
    const plan = await planImport(db, edited, { permits: everything });
    expect(plan.counts).toMatchObject({ update: 1, invalid: 0 });
    // bulbul had no Kazakh text: the new language gets the default status too.
    expect(plan.items.find((i) => i.kind === "update")!.changes.map((c) => c.field)).toEqual([
      "featured",
      "name.kk",
      "status.kk",
    ]);
    const version = (await db.initiative.findUniqueOrThrow({ where: { slug: "bulbul" } })).version;
    const result = await applyImport(db, edited, {
      permits: everything,
      actor: cli,
      expectedDigest: plan.digest,
    });
    expect(result).toMatchObject({ kind: "applied" });
    if (result.kind === "applied") expect(result.slugs).toEqual(["bulbul"]);
    const row = await db.initiative.findUniqueOrThrow({
      where: { slug: "bulbul" },
      select: {
        id: true,
        version: true,
        featured: true,
        translations: { where: { locale: "kk" } },
        search: { select: { names: true } },
      },
    });
    expect(row).toMatchObject({ version: version + 1, featured: true });
    expect(row.translations[0]!.name).toBe("Бұлбұл жаңа");
    // Folded for search: Kazakh letters transliterated.
    expect(row.search!.names).toContain("jana");
    const revision = await db.revision.findFirstOrThrow({
      where: { initiativeId: row.id },
      orderBy: { version: "desc" },
    });
    expect(revision).toMatchObject({ action: "update", version: version + 1 });
    expect(revision.changed).toEqual(expect.arrayContaining(["featured", "translations.kk.name"]));
    expect(await db.auditLog.count({ where: { action: "data.import" } })).toBeGreaterThan(0);

    // The same file again: nothing left to do.
    expect((await planImport(db, edited, { permits: everything })).counts.update).toBe(0);
  });

  it("refuses to apply when the data changed since the dry run", async () => {
    const csv = await exportText(db, "csv");
    const edited = editCsv(csv, { askak: { "city.en": "Semey" } });
    const plan = await planImport(db, edited, { permits: everything });
    await db.initiative.update({ where: { slug: "askak" }, data: { version: { increment: 1 } } });
    const before = await fingerprint();
    const result = await applyImport(db, edited, {
      permits: everything,
      actor: cli,
      expectedDigest: plan.digest,
    });
    expect(result.kind).toBe("stale");
    expect(await fingerprint()).toBe(before);
  });

  it("keeps a published entry published only for importers who may publish", async () => {
    const csv = await exportText(db, "csv");
    const edited = editCsv(csv, { jasa: { "summary.en": "A new summary." } });
    const mayNotPublish = (c: Capability) => c !== "initiative.publish";
    const plan = await planImport(db, edited, { permits: mayNotPublish });
    const jasa = sayItem(plan.items.find((i) => i.slug === "jasa")!);
    expect(jasa.kind).toBe("invalid");
    expect(jasa.errors).toEqual([
      { field: "state", message: "Importing a published entry needs the right to publish." },
    ]);
    // Unchanged published rows are not refused.
    expect(plan.counts.invalid).toBe(1);
  });

  it("refuses a wrong header, a repeated slug and a funder described two ways", async () => {
    const csv = await exportText(db, "csv");
    const header = await planImport(db, csv.replace("slug,", "slugg,"), { permits: everything });
    expect(header.fileErrors.map((e) => resolveText(en, "en", e))).toEqual([
      "Missing columns: slug.",
      "Unknown columns: slugg.",
    ]);

    const doc = JSON.parse(await exportText(db, "json")) as TransferDocument;
    const funded = doc.initiatives.find((i) => i.fundings.length > 0)!;
    const copy = structuredClone(funded);
    copy.slug = "funded-copy";
    copy.fundings[0]!.funder.name = { en: "Another name" };
    const twice = structuredClone(doc.initiatives[0]!);
    const file = JSON.stringify({ ...doc, initiatives: [...doc.initiatives, copy, twice] });
    const plan = await planImport(db, file, { permits: everything });
    const invalid = plan.items.filter((i) => i.kind === "invalid");
    expect(invalid.map((i) => [i.row, i.errors[0]!.field])).toEqual([
      [doc.initiatives.length + 1, "fundings.0.funder"],
      [doc.initiatives.length + 2, "slug"],
    ]);
  });
});

describe("images and formula-like text", () => {
  it("carries image references and cells that look like formulas across databases", async () => {
    const entry = await db.initiative.findUniqueOrThrow({ where: { slug: "gorozhanym" } });
    const key = "0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    await db.media.create({
      data: {
        kind: "LOGO",
        storageKey: `${key}/512.webp`,
        mimeType: "image/webp",
        width: 512,
        height: 512,
        variants: { "128": `${key}/128.webp`, "512": `${key}/512.webp` },
        alt: { en: "Logo", ru: "Логотип" },
        logoOf: { connect: { id: entry.id } },
      },
    });
    await db.initiativeTranslation.update({
      where: { initiativeId_locale: { initiativeId: entry.id, locale: "en" } },
      data: { summary: '=HYPERLINK("http://evil.example") and -minus' },
    });
    const csv = await exportText(db, "csv");
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"") and -minus`);

    const target = await emptyDatabase();
    try {
      await copyTaxonomy(db, target.db);
      const result = await applyImport(target.db, csv, { permits: everything, actor: cli });
      expect(result.kind).toBe("applied");
      expect(await exportText(target.db, "csv")).toBe(csv);
      const copied = await target.db.initiative.findUniqueOrThrow({
        where: { slug: "gorozhanym" },
        select: { logo: true, translations: { where: { locale: "en" } } },
      });
      expect(copied.logo).toMatchObject({ storageKey: `${key}/512.webp`, alt: { en: "Logo" } });
      expect(copied.translations[0]!.summary).toMatch(/^=HYPERLINK/);
    } finally {
      await target.drop();
    }
  });
});
