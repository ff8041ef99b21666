import { resolveText } from "@/lib/admin-i18n/codes";
import { en, type AdminMessages } from "@/lib/admin-i18n/en";
import { t } from "@/lib/admin-i18n/format";
import type { AdminLocale } from "@/lib/admin-i18n/locales";
import type { ImportPlan, PlanItem } from "@/lib/transfer/plan";

/**
 * The dry run as people read it: what the admin page receives (no editor values, long texts
 * shortened) and the CLI's plain-text listing. Messages stay encoded (lib/admin-i18n/codes.ts)
 * until shown, so each reader sees them in their language.
 */

export interface ImportReport {
  format: ImportPlan["format"];
  fileErrors: string[];
  counts: ImportPlan["counts"];
  untouched: number;
  digest: string;
  /** Rows to create, update or refuse; unchanged rows are only counted. */
  items: PlanItem[];
}

const MAX_TEXT = 240;

/** A changed value for display: text as is (shortened), anything else as JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

export function toReport(plan: ImportPlan): ImportReport {
  return {
    format: plan.format,
    fileErrors: plan.fileErrors,
    counts: plan.counts,
    untouched: plan.untouched,
    digest: plan.digest,
    items: plan.items
      .filter((item) => item.kind !== "unchanged")
      .map((item) => ({
        ...item,
        changes: item.changes.map((c) => ({
          field: c.field,
          before: showValue(c.before),
          after: showValue(c.after),
        })),
      })),
  };
}

/** Every encoded message of a plan item put into words (English unless told otherwise). */
export function sayItem(item: PlanItem, m: AdminMessages = en, locale: AdminLocale = "en") {
  return {
    ...item,
    errors: item.errors.map((e) => ({
      field: e.field,
      message: resolveText(m, locale, e.message),
    })),
    warnings: item.warnings.map((w) => resolveText(m, locale, w)),
  };
}

/** The dry run as lines of text (the CLI's output). */
export function reportLines(report: ImportReport): string[] {
  const say = (text: string) => resolveText(en, "en", text);
  const lines = report.fileErrors.map((error) => `error: ${say(error)}`);
  for (const item of report.items.map((i) => sayItem(i))) {
    const where = `row ${item.row}${item.slug ? ` (${item.slug})` : ""}`;
    if (item.kind === "invalid")
      for (const e of item.errors) lines.push(`invalid ${where}, ${e.field}: ${e.message}`);
    else {
      lines.push(`${item.kind} ${where}`);
      for (const c of item.changes)
        lines.push(`  ${c.field}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`);
      for (const w of item.warnings) lines.push(`  warning: ${w}`);
    }
  }
  if (!report.fileErrors.length) {
    lines.push(t("en", en.data.report.counts, report.counts));
    lines.push(t("en", en.data.report.untouched, { count: report.untouched }));
  }
  return lines;
}
