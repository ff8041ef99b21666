import { msg } from "@/lib/admin-i18n/codes";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { CONTENT_LOCALES } from "@/lib/i18n/locales";
import type { TransferInitiative } from "@/lib/transfer/format";

/**
 * The spreadsheet form of the transfer format: one row per initiative, one column per field and
 * per content locale (`name.en`, `summary.kk`, ...), countries and causes as `;`-separated codes,
 * nested lists (links, people, fundings, impacts, sources, aliases) and images as JSON in a cell.
 * UTF-8 with a byte-order mark so Excel reads Cyrillic and Kazakh letters correctly.
 */

const SCALAR_COLUMNS = [
  "slug",
  "state",
  "publishedAt",
  "submittedAt",
  "createdAt",
  "version",
  "activityStatus",
  "lastVerifiedAt",
  "foundedYear",
  "sensitive",
  "featured",
  "orgType",
  "primaryCause",
  "countries",
  "causes",
] as const;
const TRANSLATION_FIELDS = ["name", "summary", "description", "region", "city", "status"] as const;
const JSON_COLUMNS = [
  "aliases",
  "links",
  "people",
  "fundings",
  "impacts",
  "sources",
  "logo",
  "cover",
] as const;

/** Every column, in the order the exporter writes them. */
export const CSV_COLUMNS: readonly string[] = [
  ...SCALAR_COLUMNS,
  ...TRANSLATION_FIELDS.flatMap((field) => CONTENT_LOCALES.map((locale) => `${field}.${locale}`)),
  ...JSON_COLUMNS,
];

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return) as a formula.
 * Such cells get a leading apostrophe, which the importer removes again. Cells already starting
 * with apostrophes before such a character get one more, so the mapping is exactly reversible.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unprotectCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const list = (items: unknown[]) => (items.length ? JSON.stringify(items) : "");

function toCells(r: TransferInitiative): string[] {
  const scalars: Record<(typeof SCALAR_COLUMNS)[number], string> = {
    slug: r.slug,
    state: r.state,
    publishedAt: r.publishedAt ?? "",
    submittedAt: r.submittedAt ?? "",
    createdAt: r.createdAt,
    version: String(r.version),
    activityStatus: r.activityStatus,
    lastVerifiedAt: r.lastVerifiedAt ?? "",
    foundedYear: r.foundedYear === null ? "" : String(r.foundedYear),
    sensitive: String(r.sensitive),
    featured: String(r.featured),
    orgType: r.orgType ?? "",
    primaryCause: r.primaryCause ?? "",
    countries: r.countries.join(";"),
    causes: r.causes.join(";"),
  };
  const lists: Record<(typeof JSON_COLUMNS)[number], string> = {
    aliases: list(r.aliases),
    links: list(r.links),
    people: list(r.people),
    fundings: list(r.fundings),
    impacts: list(r.impacts),
    sources: list(r.sources),
    logo: r.logo ? JSON.stringify(r.logo) : "",
    cover: r.cover ? JSON.stringify(r.cover) : "",
  };
  return [
    ...SCALAR_COLUMNS.map((column) => scalars[column]),
    ...TRANSLATION_FIELDS.flatMap((field) =>
      CONTENT_LOCALES.map((locale) => r.translations[locale]?.[field] ?? ""),
    ),
    ...JSON_COLUMNS.map((column) => lists[column]),
  ].map(protectCell);
}

export const CSV_BOM = "\uFEFF";

/** The header line (with the byte-order mark) that starts every CSV export. */
export function csvHeader(): string {
  return CSV_BOM + stringify([CSV_COLUMNS as string[]], { record_delimiter: "\r\n" });
}

/** Data lines for some records (no header), to be appended to csvHeader(). */
export function csvLines(records: TransferInitiative[]): string {
  return stringify(records.map(toCells), { record_delimiter: "\r\n" });
}

export function encodeCsv(records: TransferInitiative[]): string {
  return csvHeader() + csvLines(records);
}

export interface DecodedRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** Input for TransferInitiativeSchema; undefined when the cells themselves are unusable. */
  input?: Record<string, unknown>;
  errors: { field: string; message: string }[];
}

export interface DecodedFile {
  fileErrors: string[];
  rows: DecodedRow[];
}

const TRUE = new Set(["true", "yes", "1"]);
const FALSE = new Set(["false", "no", "0", ""]);

/** Cells of one row as the structured input the transfer schema checks. */
function fromCells(cells: Map<string, string>, errors: DecodedRow["errors"]) {
  const cell = (column: string) => cells.get(column) ?? "";
  const text = (column: string) => cell(column).trim() || null;
  const bool = (column: string) => {
    const value = cell(column).trim().toLowerCase();
    if (TRUE.has(value)) return true;
    if (FALSE.has(value)) return false;
    errors.push({ field: column, message: msg("data.errors.bool") });
    return false;
  };
  const json = (column: string, empty: unknown) => {
    const value = cell(column).trim();
    if (!value) return empty;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      errors.push({ field: column, message: msg("data.errors.json") });
      return empty;
    }
  };
  const codes = (column: string) =>
    cell(column)
      .split(/[;,]/)
      .map((code) => code.trim())
      .filter(Boolean);
  const versionText = cell("version").trim();
  const version = versionText === "" ? null : Number(versionText);
  if (version !== null && !Number.isInteger(version))
    errors.push({ field: "version", message: msg("data.errors.version") });

  const translations: Record<string, Record<string, string>> = {};
  for (const locale of CONTENT_LOCALES) {
    const fields = Object.fromEntries(
      TRANSLATION_FIELDS.map((field) => [field, cell(`${field}.${locale}`)]),
    );
    // A locale with no text at all is absent, whatever its status cell says.
    if (TRANSLATION_FIELDS.some((field) => field !== "status" && fields[field]?.trim()))
      translations[locale] = { ...fields, status: fields.status!.trim() };
  }
  return {
    slug: cell("slug"),
    state: cell("state").trim().toUpperCase(),
    publishedAt: text("publishedAt"),
    submittedAt: text("submittedAt"),
    createdAt: text("createdAt"),
    version: version !== null && Number.isInteger(version) ? version : null,
    activityStatus: cell("activityStatus").trim().toUpperCase(),
    lastVerifiedAt: cell("lastVerifiedAt"),
    foundedYear: text("foundedYear"),
    sensitive: bool("sensitive"),
    featured: bool("featured"),
    orgType: text("orgType"),
    primaryCause: text("primaryCause"),
    countries: codes("countries"),
    causes: codes("causes"),
    translations,
    aliases: json("aliases", []),
    links: json("links", []),
    people: json("people", []),
    fundings: json("fundings", []),
    impacts: json("impacts", []),
    sources: json("sources", []),
    logo: json("logo", null),
    cover: json("cover", null),
  };
}

/** Reads a CSV file: checks the header, then turns each non-empty row into schema input. */
export function decodeCsv(text: string): DecodedFile {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    return {
      fileErrors: [msg("data.errors.notCsv", { detail: (error as Error).message })],
      rows: [],
    };
  }
  const [header, ...body] = records;
  if (!header || header.every((name) => !name.trim()))
    return { fileErrors: [msg("data.errors.emptyFile")], rows: [] };
  const names = header.map((name) => name.trim());
  const fileErrors: string[] = [];
  const missing = CSV_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !CSV_COLUMNS.includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length)
    fileErrors.push(msg("data.errors.missingColumns", { columns: missing.join(", ") }));
  if (unknown.length)
    fileErrors.push(msg("data.errors.unknownColumns", { columns: unknown.join(", ") }));
  if (repeated.length)
    fileErrors.push(
      msg("data.errors.repeatedColumns", { columns: [...new Set(repeated)].join(", ") }),
    );
  if (fileErrors.length) return { fileErrors, rows: [] };

  const rows: DecodedRow[] = [];
  body.forEach((raw, index) => {
    const row = index + 2;
    if (raw.every((cell) => !cell.trim())) return;
    if (raw.length !== names.length) {
      rows.push({
        row,
        errors: [
          {
            field: "row",
            message: msg("data.errors.cells", { expected: names.length, found: raw.length }),
          },
        ],
      });
      return;
    }
    const cells = new Map(names.map((name, i) => [name, unprotectCell(raw[i]!)]));
    const errors: DecodedRow["errors"] = [];
    const input = fromCells(cells, errors);
    rows.push({ row, input, errors });
  });
  return { fileErrors: [], rows };
}
