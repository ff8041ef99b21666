import type { Db } from "@/lib/db-client";
import { csvHeader, csvLines } from "@/lib/transfer/csv";
import type { TransferFormat } from "@/lib/transfer/format";
import { JSON_TAIL, jsonHead, jsonItems } from "@/lib/transfer/json";
import { readTransferRecords } from "@/lib/transfer/records";

/**
 * Every initiative in the chosen format, as text pieces to stream (a page of records at a time).
 * Nothing here checks who asks: the route handler and the CLI do.
 */
export async function* exportChunks(
  db: Pick<Db, "initiative">,
  format: TransferFormat,
  exportedAt = new Date(),
): AsyncGenerator<string> {
  yield format === "csv" ? csvHeader() : jsonHead(exportedAt);
  let first = true;
  for await (const records of readTransferRecords(db)) {
    yield format === "csv" ? csvLines(records) : jsonItems(records, first);
    first = false;
  }
  if (format === "json") yield JSON_TAIL;
}

export async function exportText(
  db: Pick<Db, "initiative">,
  format: TransferFormat,
  exportedAt = new Date(),
): Promise<string> {
  let out = "";
  for await (const chunk of exportChunks(db, format, exportedAt)) out += chunk;
  return out;
}

/** A dated file name such as civic-atlas-initiatives-2025-03-01.csv. */
export function exportFileName(format: TransferFormat, at = new Date()): string {
  return `civic-atlas-initiatives-${at.toISOString().slice(0, 10)}.${format}`;
}
