import { diffWords, type WordSegment } from "@/lib/initiatives/revisions";
import type { SubmissionData } from "@/lib/submissions/schemas";

/**
 * What changed between two versions of a submission, field by field, for moderators: texts as a
 * word diff, lists (countries, causes, links) as what was added and removed, in the form's order.
 */

export const DIFF_FIELDS = [
  "name",
  "altName",
  "summary",
  "description",
  "countries",
  "city",
  "causes",
  "orgType",
  "links",
  "foundedYear",
] as const satisfies readonly (keyof SubmissionData)[];
export type DiffField = (typeof DIFF_FIELDS)[number];

export type FieldChange =
  | { field: DiffField; kind: "text"; before: string; after: string; words: WordSegment[] }
  | { field: DiffField; kind: "list"; added: string[]; removed: string[] };

const LIST_FIELDS = new Set<DiffField>(["countries", "causes", "links"]);

function listOf(data: SubmissionData, field: DiffField): string[] {
  if (field === "links") return data.links.map((link) => `${link.type} ${link.value}`);
  return data[field as "countries" | "causes"];
}

function textOf(data: SubmissionData, field: DiffField): string {
  const value = data[field as Exclude<DiffField, "countries" | "causes" | "links">];
  return value === null || value === undefined ? "" : String(value);
}

export function diffSubmissionData(before: SubmissionData, after: SubmissionData): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of DIFF_FIELDS) {
    if (LIST_FIELDS.has(field)) {
      const a = listOf(before, field);
      const b = listOf(after, field);
      const added = b.filter((item) => !a.includes(item));
      const removed = a.filter((item) => !b.includes(item));
      if (added.length || removed.length) changes.push({ field, kind: "list", added, removed });
      continue;
    }
    const a = textOf(before, field);
    const b = textOf(after, field);
    if (a !== b) changes.push({ field, kind: "text", before: a, after: b, words: diffWords(a, b) });
  }
  return changes;
}
