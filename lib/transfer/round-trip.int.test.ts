import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { applyImport } from "@/lib/transfer/apply";
import { exportText } from "@/lib/transfer/export";
import type { TransferFormat } from "@/lib/transfer/format";
import { planImport } from "@/lib/transfer/plan";
import { copyTaxonomy, dumpInitiatives, emptyDatabase } from "@/lib/transfer/testing";
import { INITIATIVES } from "@/prisma/seed/initiatives";
import { seedDatabase } from "@/prisma/seed/seed";

/**
 * The acceptance test: the seeded directory exported, imported into an empty database,
 * and exported again gives the same file, and the two databases hold the same content.
 */

const source = createPrismaClient(process.env.DATABASE_URL!, 2);
const everything = () => true;
const cli = { user: null, via: "cli" as const };
const exportedAt = new Date("2025-01-01T00:00:00.000Z");

beforeAll(async () => {
  await seedDatabase(source);
});
afterAll(() => source.$disconnect());

describe.each(["csv", "json"] as TransferFormat[])("%s round trip", (format) => {
  it("reproduces the seeded data, all locales included, in an empty database", async () => {
    const file = await exportText(source, format, exportedAt);
    const target = await emptyDatabase();
    try {
      await copyTaxonomy(source, target.db);
      const dryRun = await planImport(target.db, file, { permits: everything });
      expect(dryRun.fileErrors).toEqual([]);
      expect(dryRun.items.filter((item) => item.kind === "invalid")).toEqual([]);
      expect(dryRun.counts).toEqual({
        create: INITIATIVES.length,
        update: 0,
        unchanged: 0,
        invalid: 0,
      });
      expect(await target.db.initiative.count()).toBe(0);

      const result = await applyImport(target.db, file, {
        permits: everything,
        actor: cli,
        expectedDigest: dryRun.digest,
      });
      expect(result.kind).toBe("applied");

      expect(await exportText(target.db, format, exportedAt)).toBe(file);
      expect(await dumpInitiatives(target.db)).toEqual(await dumpInitiatives(source));
      // Every locale the seed has made it across.
      const locales = await target.db.initiativeTranslation.groupBy({
        by: ["locale"],
        _count: true,
      });
      const seeded = new Set(INITIATIVES.flatMap((i) => Object.keys(i.translations)));
      expect(new Set(locales.map((l) => l.locale))).toEqual(seeded);
      expect(await target.db.revision.count()).toBe(INITIATIVES.length);
      expect(await target.db.auditLog.count({ where: { action: "initiative.import" } })).toBe(
        INITIATIVES.length,
      );
    } finally {
      await target.drop();
    }
  });

  it("finds nothing to change when the export is imported where it came from", async () => {
    const file = await exportText(source, format);
    const plan = await planImport(source, file, { permits: everything });
    expect(plan.counts).toEqual({
      create: 0,
      update: 0,
      unchanged: INITIATIVES.length,
      invalid: 0,
    });
    expect(plan.untouched).toBe(0);
  });
});
