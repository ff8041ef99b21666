/**
 * npm run import:data -- FILE [--dry-run] [--format csv|json]
 * Imports initiatives from an export (matched by slug; nothing is deleted). With --dry-run it
 * only lists what would change. A file with any invalid row imports nothing.
 * package.json runs it with --conditions=react-server: it writes through the editor's writer,
 * which is marked server-only (lib/initiatives/editor-write.ts).
 */
import { readFile } from "node:fs/promises";
import { publishTagInvalidation } from "../lib/cache/invalidation";
import { initiativeChangeTags } from "../lib/cache-tags";
import { CliError, parseArgs, withCliDatabase } from "../lib/cli-database";
import { applyImport } from "../lib/transfer/apply";
import { planImport } from "../lib/transfer/plan";
import { reportLines, toReport } from "../lib/transfer/report";

const USAGE = "usage: npm run import:data -- FILE [--dry-run] [--format csv|json]";
const everything = () => true;

async function main() {
  const argv = process.argv.slice(2);
  const positional = argv[0] && !argv[0].startsWith("--") ? argv.shift() : undefined;
  const args = parseArgs(argv);
  if (args.has("help")) {
    console.log(USAGE);
    return;
  }
  const file = positional ?? args.get("file");
  if (typeof file !== "string") throw new CliError(`a file is required\n${USAGE}`);
  const format = args.get("format");
  if (format !== undefined && format !== "csv" && format !== "json")
    throw new CliError(`--format must be csv or json\n${USAGE}`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
  } catch (error) {
    throw new CliError(`cannot read ${file} as UTF-8 text: ${(error as Error).message}`);
  }

  const outcome = await withCliDatabase(async (db) => {
    if (args.has("dry-run")) {
      const plan = await planImport(db, text, { format, permits: everything });
      return { kind: "dry-run" as const, plan };
    }
    const result = await applyImport(db, text, {
      format,
      permits: everything,
      actor: { user: null, via: "cli" },
    });
    // The running app's caches learn of the change through PostgreSQL.
    if (result.kind === "applied")
      await publishTagInvalidation(db, result.slugs.flatMap(initiativeChangeTags));
    return result;
  });
  const report = toReport(outcome.plan);
  for (const line of reportLines(report)) console.log(line);
  if (outcome.kind === "invalid" || report.fileErrors.length || report.counts.invalid) {
    throw new CliError(
      outcome.kind === "dry-run"
        ? "the file has errors; an import would write nothing"
        : "the file has errors; nothing was imported",
    );
  }
  if (outcome.kind === "applied") {
    const { create, update } = outcome.plan.counts;
    console.log(`Imported: ${create} created, ${update} updated.`);
  } else console.log("Dry run: nothing was written.");
}

main().catch((error: unknown) => {
  console.error(`import:data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
