import { msg } from "@/lib/admin-i18n/codes";
import { createHash } from "node:crypto";
import type { Capability } from "@/lib/authz";
import type { Db } from "@/lib/db-client";
import { diffSnapshots } from "@/lib/initiatives/revisions";
import { decodeCsv } from "@/lib/transfer/csv";
import type { TransferFormat, TransferInitiative } from "@/lib/transfer/format";
import { decodeJson, detectFormat } from "@/lib/transfer/json";
import { loadTransferRecords } from "@/lib/transfer/records";
import {
  fieldName,
  loadTaxonomy,
  validateRow,
  type RowError,
  type ValidatedRow,
} from "@/lib/transfer/validate";

/**
 * The dry run: what importing a file would do, row by row, without writing anything. Entries are
 * matched by slug; a file never deletes (entries missing from it are left as they are). The same
 * function runs again inside the import's transaction, so what is written is what was checked.
 */

export type PlanKind = "create" | "update" | "unchanged" | "invalid";

export interface PlanChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlanItem {
  row: number;
  slug: string;
  kind: PlanKind;
  changes: PlanChange[];
  errors: RowError[];
  warnings: string[];
}

export interface PlannedWrite {
  kind: "create" | "update";
  row: number;
  /** The existing entry's id and state, for updates. */
  current: { id: string; state: TransferInitiative["state"] } | null;
  valid: Extract<ValidatedRow, { ok: true }>;
}

export interface ImportPlan {
  format: TransferFormat;
  fileErrors: string[];
  items: PlanItem[];
  counts: Record<PlanKind, number>;
  /** Entries in the database that the file does not mention (never deleted). */
  untouched: number;
  /** Identifies this file and this outcome: an import applies only the plan it was shown. */
  digest: string;
  writes: PlannedWrite[];
}

export interface PlanOptions {
  format?: TransferFormat;
  /** What the importer may do; the CLI (no account) may do everything. */
  permits: (capability: Capability) => boolean;
  /** Called with the file's slugs before existing entries are read (the importer locks them). */
  beforeRead?: (slugs: string[]) => Promise<void>;
  now?: Date;
}

type Reader = Pick<Db, "initiative" | "country" | "cause" | "orgType" | "media">;

/** Metadata that is not compared: the version counts saves, createdAt is kept on update. */
const comparable = ({ version: _v, createdAt: _c, ...rest }: TransferInitiative) => rest;

function permissionErrors(
  write: Pick<PlannedWrite, "kind" | "current"> & { record: TransferInitiative },
  changed: boolean,
  permits: PlanOptions["permits"],
): RowError[] {
  const target = write.record.state;
  const before = write.current?.state ?? null;
  const need: [Capability, string][] = [];
  if (!before) need.push(["initiative.create", msg("data.errors.mayNotCreate")]);
  else if (before === "DRAFT") need.push(["initiative.editDraft", msg("data.errors.mayNotEdit")]);
  else need.push(["initiative.edit", msg("data.errors.mayNotEditPublished")]);
  if (target === "PUBLISHED" && (before !== "PUBLISHED" || changed))
    need.push(["initiative.publish", msg("data.errors.mayNotPublish")]);
  if (before === "PUBLISHED" && target !== "PUBLISHED")
    need.push(["initiative.unpublish", msg("data.errors.mayNotUnpublish")]);
  if (target === "ARCHIVED" && before !== "ARCHIVED")
    need.push(["initiative.archive", msg("data.errors.mayNotArchive")]);
  return need
    .filter(([capability]) => !permits(capability))
    .map(([, message]) => ({ field: "state", message }));
}

/** Images named by storage key: each used once, by one entry, in its own role. */
async function mediaErrors(db: Reader, valid: Extract<ValidatedRow, { ok: true }>[]) {
  const uses = valid.flatMap((v) =>
    (["logo", "cover"] as const).flatMap((field) =>
      v.record[field] ? [{ v, field, key: v.record[field].storageKey }] : [],
    ),
  );
  const rows = await db.media.findMany({
    where: { storageKey: { in: uses.map((use) => use.key) } },
    select: {
      storageKey: true,
      kind: true,
      logoOf: { select: { slug: true } },
      coverOf: { select: { slug: true } },
    },
  });
  const byKey = new Map(rows.map((row) => [row.storageKey, row]));
  const errors = new Map<number, RowError[]>();
  const seen = new Map<string, number>();
  for (const { v, field, key } of uses) {
    const add = (message: string) =>
      errors.set(v.row, [...(errors.get(v.row) ?? []), { field, message }]);
    const row = byKey.get(key);
    const owner = row && (row.logoOf ?? row.coverOf);
    if (seen.has(key)) add(msg("data.errors.mediaReused", { row: seen.get(key)! }));
    else if (row && row.kind !== (field === "logo" ? "LOGO" : "COVER"))
      add(msg("data.errors.mediaKind"));
    else if (owner && owner.slug !== v.slug)
      add(msg("data.errors.mediaOwner", { slug: owner.slug }));
    seen.set(key, v.row);
  }
  return errors;
}

/** A funder is shared: every row naming its slug must describe it the same way. */
function funderErrors(valid: Extract<ValidatedRow, { ok: true }>[]) {
  const first = new Map<string, { row: number; value: string }>();
  const errors = new Map<number, RowError[]>();
  for (const v of valid) {
    v.record.fundings.forEach(({ funder }, i) => {
      const value = JSON.stringify([funder.name, funder.url]);
      const earlier = first.get(funder.slug);
      if (!earlier) first.set(funder.slug, { row: v.row, value });
      else if (earlier.value !== value)
        errors.set(v.row, [
          ...(errors.get(v.row) ?? []),
          {
            field: `fundings.${i}.funder`,
            message: msg("data.errors.funderDiffers", { slug: funder.slug, row: earlier.row }),
          },
        ]);
    });
  }
  return errors;
}

export async function planImport(db: Reader, text: string, options: PlanOptions) {
  const format = options.format ?? detectFormat(text);
  const decoded = format === "csv" ? decodeCsv(text) : decodeJson(text);
  // Decoders may or may not keep the byte-order mark: it is not content.
  const fileHash = createHash("sha256")
    .update(text.replace(/^\uFEFF/, ""))
    .digest("hex");
  const taxonomy = await loadTaxonomy(db);
  const now = options.now ?? new Date();
  const validated = decoded.rows.map((row) => validateRow(row, taxonomy, format, now));

  const firstRow = new Map<string, number>();
  for (const [index, v] of validated.entries()) {
    if (!v.slug) continue;
    const earlier = firstRow.get(v.slug);
    if (earlier === undefined) firstRow.set(v.slug, v.row);
    else
      validated[index] = {
        ok: false,
        row: v.row,
        slug: v.slug,
        errors: [
          ...(v.ok ? [] : v.errors),
          { field: "slug", message: msg("data.errors.slugRepeated", { row: earlier }) },
        ],
      };
  }
  const slugs = [...firstRow.keys()];
  await options.beforeRead?.(slugs);
  const existing = await loadTransferRecords(db, slugs);
  const valid = validated.filter((v): v is Extract<ValidatedRow, { ok: true }> => v.ok);
  const extra = [await mediaErrors(db, valid), funderErrors(valid)];

  const items: PlanItem[] = [];
  const writes: PlannedWrite[] = [];
  for (const v of validated) {
    const moreErrors = extra.flatMap((map) => map.get(v.row) ?? []);
    if (!v.ok || moreErrors.length) {
      const errors = [...(v.ok ? [] : v.errors), ...moreErrors];
      items.push({ row: v.row, slug: v.slug, kind: "invalid", changes: [], errors, warnings: [] });
      continue;
    }
    const current = existing.get(v.slug);
    const changes = current
      ? diffSnapshots(comparable(current.record), comparable(v.record)).map((c) => ({
          field: fieldName(c.path.split("."), format),
          before: c.before ?? null,
          after: c.after ?? null,
        }))
      : [];
    const kind: PlanKind = !current ? "create" : changes.length ? "update" : "unchanged";
    const write = {
      kind: kind === "create" ? ("create" as const) : ("update" as const),
      current: current ? { id: current.id, state: current.record.state } : null,
    };
    const refused =
      kind === "unchanged"
        ? []
        : permissionErrors({ ...write, record: v.record }, changes.length > 0, options.permits);
    if (refused.length) {
      items.push({
        row: v.row,
        slug: v.slug,
        kind: "invalid",
        changes,
        errors: refused,
        warnings: [],
      });
      continue;
    }
    const warnings =
      current && kind === "update" && v.record.version < current.version
        ? [msg("data.errors.staleVersion", { file: v.record.version, current: current.version })]
        : [];
    items.push({ row: v.row, slug: v.slug, kind, changes, errors: [], warnings });
    if (kind !== "unchanged") writes.push({ ...write, row: v.row, valid: v });
  }

  const counts = { create: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const item of items) counts[item.kind]++;
  const total = await db.initiative.count();
  const digest = createHash("sha256")
    .update(JSON.stringify([fileHash, decoded.fileErrors, items]))
    .digest("hex");
  return {
    format,
    fileErrors: decoded.fileErrors,
    items,
    counts,
    untouched: total - existing.size,
    digest,
    writes,
  } satisfies ImportPlan;
}

export const planIsValid = (plan: ImportPlan) =>
  plan.fileErrors.length === 0 && plan.counts.invalid === 0;
