import { msg } from "@/lib/admin-i18n/codes";
import type { DecodedFile } from "@/lib/transfer/csv";
import { FORMAT_NAME, FORMAT_VERSION, type TransferInitiative } from "@/lib/transfer/format";

/**
 * The JSON form: `{ format, version, exportedAt, initiatives: [...] }`, pretty-printed with a
 * stable key order (the records' own), so two exports of the same data differ only in
 * exportedAt. Written in pieces so a large export never has to be one string.
 */

export function jsonHead(exportedAt: Date): string {
  return (
    `{\n  "format": ${JSON.stringify(FORMAT_NAME)},\n  "version": ${FORMAT_VERSION},\n` +
    `  "exportedAt": ${JSON.stringify(exportedAt.toISOString())},\n  "initiatives": [`
  );
}

/** Records as array items; `first` says whether these are the first items of the array. */
export function jsonItems(records: TransferInitiative[], first: boolean): string {
  return records
    .map((record, index) => {
      const body = JSON.stringify(record, null, 2).replace(/\n/g, "\n    ");
      return `${first && index === 0 ? "" : ","}\n    ${body}`;
    })
    .join("");
}

export const JSON_TAIL = "\n  ]\n}\n";

export function encodeJson(records: TransferInitiative[], exportedAt: Date): string {
  return jsonHead(exportedAt) + jsonItems(records, true) + JSON_TAIL;
}

export function decodeJson(text: string): DecodedFile {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      fileErrors: [msg("data.errors.notJson", { detail: (error as Error).message })],
      rows: [],
    };
  }
  const doc = document as Record<string, unknown> | null;
  if (!doc || typeof doc !== "object" || doc.format !== FORMAT_NAME) {
    return {
      fileErrors: [msg("data.errors.notExport")],
      rows: [],
    };
  }
  if (doc.version !== FORMAT_VERSION) {
    return {
      fileErrors: [msg("data.errors.formatVersion", { version: String(doc.version) })],
      rows: [],
    };
  }
  if (!Array.isArray(doc.initiatives))
    return { fileErrors: [msg("data.errors.notList")], rows: [] };
  return {
    fileErrors: [],
    rows: doc.initiatives.map((item: unknown, index) =>
      item && typeof item === "object" && !Array.isArray(item)
        ? { row: index + 1, input: item as Record<string, unknown>, errors: [] }
        : { row: index + 1, errors: [{ field: "row", message: msg("data.errors.notObject") }] },
    ),
  };
}

/** CSV unless the content is a JSON document (a file name is only a hint). */
export function detectFormat(text: string): "csv" | "json" {
  return text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? "json"
    : "csv";
}
