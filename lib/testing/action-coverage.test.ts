import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every exported Server Action must appear in the COVERED_ACTIONS of an authorization test
 * (`*.authz.int.test.ts`), which proves anonymous and under-privileged callers are refused and
 * change nothing. Adding an action without such a test fails here.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

/** Actions anyone may call by design, and why. */
const PUBLIC_ACTIONS: Record<string, string> = {
  signInAction: "anyone may try to sign in; attempts are throttled and audited",
  signOutAction: "only ends the caller's own session",
  createSubmissionAction:
    "partners propose initiatives without an account; guarded by honeypot, fill time, Turnstile and per-address/per-email limits, and it never writes an initiative (lib/submissions/public-actions.int.test.ts)",
  editSubmissionAction:
    "the submitter edits through the private status link; the link's token is the credential, and only NEW or CHANGES_REQUESTED submissions change (lib/submissions/public-actions.int.test.ts)",
};

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "generated" || entry.startsWith(".")) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) files(full, out);
    else out.push(full);
  }
  return out;
}

const sources = [...files(path.join(ROOT, "lib")), ...files(path.join(ROOT, "app"))];

function exportedActions(): Map<string, string> {
  const actions = new Map<string, string>();
  for (const file of sources.filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    const text = readFileSync(file, "utf8");
    if (!/^\s*["']use server["'];?/m.test(text.split("\n").slice(0, 5).join("\n"))) continue;
    for (const match of text.matchAll(/export\s+(?:async\s+function|const|function)\s+(\w+)/g)) {
      actions.set(match[1]!, path.relative(ROOT, file));
    }
  }
  return actions;
}

function coveredActions(): Set<string> {
  const covered = new Set<string>();
  for (const file of sources.filter((f) => f.endsWith(".authz.int.test.ts"))) {
    const text = readFileSync(file, "utf8");
    const list = text.match(/export const COVERED_ACTIONS\s*=\s*\[([^\]]*)\]/);
    for (const name of list?.[1]?.matchAll(/["'](\w+)["']/g) ?? []) covered.add(name[1]!);
  }
  return covered;
}

describe("Server Actions", () => {
  const actions = exportedActions();

  it("are found", () => {
    expect(actions.has("signInAction")).toBe(true);
  });

  it("each have an authorization test or a stated reason to be public", () => {
    const covered = coveredActions();
    const missing = [...actions].filter(
      ([name]) => !covered.has(name) && !(name in PUBLIC_ACTIONS),
    );
    expect(missing.map(([name, file]) => `${name} (${file})`)).toEqual([]);
  });
});
