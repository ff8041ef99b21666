"use server";

import { z } from "zod";
import { adminAction, refuse, succeed, type ActionState } from "@/lib/action";
import { msg } from "@/lib/admin-i18n/codes";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { invalidateInitiative } from "@/lib/initiatives/invalidate";
import { applyImport } from "@/lib/transfer/apply";
import { IMPORT_UPLOAD_MAX_BYTES, IMPORT_UPLOAD_MAX_MB } from "@/lib/transfer/limits";
import { planImport } from "@/lib/transfer/plan";
import { toReport, type ImportReport } from "@/lib/transfer/report";

/**
 * The admin page's import: a dry run, then the import of the same file. Nothing is kept on the
 * server between the two (several app instances may serve them): the browser sends the file
 * again with the dry run's digest, the file is planned afresh inside the import's transaction,
 * and it is written only if the outcome is the one the user saw.
 */

export interface ImportOutcome {
  fileName: string;
  report: ImportReport;
  /** Server time of the outcome, so the page shows the newer of a check and an import. */
  at: number;
}

const upload = z
  .instanceof(File, { error: msg("data.outcome.noFile") })
  .refine((file) => file.size > 0, { error: msg("data.outcome.noFile") })
  .refine((file) => file.size <= IMPORT_UPLOAD_MAX_BYTES, {
    error: msg("data.outcome.tooLarge", { size: IMPORT_UPLOAD_MAX_MB }),
  });

async function readText(file: File): Promise<string | null> {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return null;
  }
}

const permitsOf = (role: Parameters<typeof can>[0]) => (capability: Parameters<typeof can>[1]) =>
  can(role, capability);

export const previewImportAction = adminAction(
  "data.import",
  z.object({ file: upload }),
  async ({ file }, { user }): Promise<ActionState<ImportOutcome>> => {
    const text = await readText(file);
    if (text === null) return refuse("data.outcome.unreadable");
    const plan = await planImport(db, text, { permits: permitsOf(user.role) });
    return succeed("data.outcome.checked", undefined, {
      data: { fileName: file.name, report: toReport(plan), at: Date.now() },
    });
  },
);

export const applyImportAction = adminAction(
  "data.import",
  z.object({ file: upload, digest: z.string().regex(/^[0-9a-f]{64}$/) }),
  async ({ file, digest }, { user, ip }): Promise<ActionState<ImportOutcome>> => {
    const text = await readText(file);
    if (text === null) return refuse("data.outcome.unreadable");
    const result = await applyImport(db, text, {
      permits: permitsOf(user.role),
      actor: { user, ip, via: "admin" },
      expectedDigest: digest,
    });
    const data = { fileName: file.name, report: toReport(result.plan), at: Date.now() };
    if (result.kind === "invalid") return refuse("data.outcome.invalid", undefined, { data });
    if (result.kind === "stale") return refuse("data.outcome.stale", undefined, { data });
    if (result.slugs.length) invalidateInitiative(...result.slugs);
    const { create, update } = result.plan.counts;
    return succeed("data.outcome.applied", { create, update }, { data });
  },
);
