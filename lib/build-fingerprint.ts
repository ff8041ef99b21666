import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "prisma/seed"];
const CONFIG = [
  "package-lock.json",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "proxy.ts",
];
const SKIP = new Set(["node_modules", "generated", ".data"]);

function walk(file: string, out: string[]) {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  if (!stat.isDirectory()) {
    out.push(`${file}:${stat.size}:${stat.mtimeMs}`);
    return;
  }
  for (const entry of readdirSync(file).sort()) {
    if (!SKIP.has(entry)) walk(path.join(file, entry), out);
  }
}

/** Identifies the sources a production build was made from, so a stale build is rebuilt. */
export function buildFingerprint(root: string): string {
  const entries: string[] = [];
  for (const source of [...SOURCES, ...CONFIG]) walk(path.join(root, source), entries);
  return createHash("sha256").update(entries.join("\n")).digest("hex");
}
