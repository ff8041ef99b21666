import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { INITIATIVES } from "@/prisma/seed/initiatives";
import { seedDatabase } from "@/prisma/seed/seed";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const db = createPrismaClient(process.env.DATABASE_URL!, 2);
let dir = "";

beforeAll(async () => {
  await seedDatabase(db);
  dir = await mkdtemp(path.join(tmpdir(), "civic-atlas-transfer-"));
});
afterAll(async () => {
  await db.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

function run(script: string, ...args: string[]) {
  // As package.json runs them: the writer is server-only code, allowed under this condition.
  return spawnSync(process.execPath, [TSX, "--conditions=react-server", script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
    timeout: 180_000,
  });
}
const exportCli = (...args: string[]) => run("scripts/export-initiatives.ts", ...args);
const importCli = (...args: string[]) => run("scripts/import-initiatives.ts", ...args);
const askakRu = async () =>
  (
    await db.initiativeTranslation.findFirstOrThrow({
      where: { locale: "ru", initiative: { slug: "askak" } },
    })
  ).name;

// Each case starts the CLI several times (a few seconds each, far more on a busy machine).
describe("npm run export:data and import:data", { timeout: 240_000 }, () => {
  it("exports CSV to a file and JSON to standard output", async () => {
    const file = path.join(dir, "all.csv");
    const csv = exportCli("--format", "csv", "--out", file);
    expect(csv.stderr).toContain(`Exported ${INITIATIVES.length} initiatives to ${file}`);
    expect(csv.status).toBe(0);
    const text = await readFile(file, "utf8");
    expect(text.startsWith("\uFEFFslug,state,")).toBe(true);
    for (const seed of INITIATIVES) expect(text).toContain(`\r\n${seed.slug},`);

    const json = exportCli("--format", "json");
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout) as { format: string; initiatives: unknown[] };
    expect(doc.format).toBe("civic-atlas/initiatives");
    expect(doc.initiatives).toHaveLength(INITIATIVES.length);
  });

  it("dry-runs, then imports a changed name; refuses a file with errors", async () => {
    const file = path.join(dir, "edit.csv");
    expect(exportCli("--out", file).status).toBe(0);
    const before = await askakRu();
    const edited = (await readFile(file, "utf8")).replace(`,${before},`, ",Коалиция «АСКАК»,");
    await writeFile(file, edited);

    const dry = importCli(file, "--dry-run");
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^update row \d+ \(askak\)$/m);
    expect(dry.stdout).toContain(`  name.ru: "${before}" -> "Коалиция «АСКАК»"`);
    expect(dry.stdout).toContain("Dry run: nothing was written.");
    expect(await askakRu()).toBe(before);

    const real = importCli(file);
    // (Prisma's pg adapter may print a deprecation warning; no error.)
    expect(real.stderr).not.toContain("import:data:");
    expect(real.status).toBe(0);
    expect(real.stdout).toContain("Imported: 0 created, 1 updated.");
    expect(await askakRu()).toBe("Коалиция «АСКАК»");
    expect(
      await db.cacheTagRevision.findUnique({ where: { tag: "initiative:askak" } }),
    ).not.toBeNull();

    const broken = path.join(dir, "broken.csv");
    await writeFile(
      broken,
      edited.replace(",Коалиция «АСКАК»,", ",Снова,").replace(/,KZ,/, ",XX,"),
    );
    const refused = importCli(broken);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(
      /^invalid row \d+ \(\S+\), countries: Unknown country code XX\.$/m,
    );
    expect(refused.stderr).toContain("nothing was imported");
    expect(await askakRu()).toBe("Коалиция «АСКАК»");
  });

  it("explains missing and wrong arguments", () => {
    const missing = importCli("--dry-run");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("a file is required");
    const format = exportCli("--format", "xml");
    expect(format.status).toBe(1);
    expect(format.stderr).toContain("--format must be csv or json");
    const absent = importCli(path.join(dir, "absent.csv"));
    expect(absent.status).toBe(1);
    expect(absent.stderr).toContain("cannot read");
  });
});
