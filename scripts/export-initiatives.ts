/**
 * npm run export:data -- [--format csv|json] [--out FILE]
 * Writes every initiative (all states, locales and relations) to FILE, or to standard output.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { CliError, parseArgs, withCliDatabase } from "../lib/cli-database";
import { exportChunks } from "../lib/transfer/export";

const USAGE = "usage: npm run export:data -- [--format csv|json] [--out FILE]";

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.has("help")) {
    console.log(USAGE);
    return;
  }
  const format = args.get("format") ?? "csv";
  if (format !== "csv" && format !== "json")
    throw new CliError(`--format must be csv or json\n${USAGE}`);
  const out = args.get("out");
  if (out === true) throw new CliError(`--out needs a file name\n${USAGE}`);
  const count = await withCliDatabase(async (db) => {
    const target = out ? createWriteStream(out, { encoding: "utf8" }) : process.stdout;
    for await (const chunk of exportChunks(db, format)) {
      if (!target.write(chunk)) await once(target, "drain");
    }
    if (out) {
      target.end();
      await once(target, "finish");
    }
    return db.initiative.count();
  });
  if (out) console.error(`Exported ${count} initiatives to ${out}`);
}

main().catch((error: unknown) => {
  console.error(`export:data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
