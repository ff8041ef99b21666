import { describe, expect, it } from "vitest";
import { resolveText } from "@/lib/admin-i18n/codes";
import { en } from "@/lib/admin-i18n/en";
import {
  CSV_BOM,
  CSV_COLUMNS,
  decodeCsv,
  encodeCsv,
  protectCell,
  unprotectCell,
} from "@/lib/transfer/csv";
import { TransferInitiativeSchema, type TransferInitiative } from "@/lib/transfer/format";
import { decodeJson, detectFormat, encodeJson } from "@/lib/transfer/json";

function record(overrides: Partial<TransferInitiative> = {}): TransferInitiative {
  return {
    slug: "oz-ovozi",
    state: "PUBLISHED",
    publishedAt: "2025-02-01T10:00:00.000Z",
    submittedAt: null,
    createdAt: "2025-01-01T00:00:00.000Z",
    version: 3,
    activityStatus: "ACTIVE",
    lastVerifiedAt: "2025-01-15",
    foundedYear: 2019,
    sensitive: false,
    featured: true,
    orgType: "ngo",
    primaryCause: "education",
    countries: ["KZ", "UZ"],
    causes: ["education", "youth"],
    translations: {
      en: {
        name: 'The "Voice", Inc.',
        summary: 'Commas, quotes "and" semicolons; all here.',
        description: "Line one\n\nLine two, with a comma\r\nand a CRLF.",
        region: null,
        city: "Nukus",
        status: "REVIEWED",
      },
      kk: {
        name: "Әліппе Ғылым Қоғамы ҢӨҰҮҺІ",
        summary: "Қазақ тіліндегі сипаттама",
        description: "",
        region: "Қарақалпақстан",
        city: null,
        status: "DRAFT",
      },
      uz: {
        name: "Oʻz ovozi — Gʻalaba",
        summary: "Oʻzbek tilida",
        description: "",
        region: null,
        city: null,
        status: "MACHINE",
      },
      kaa: {
        name: "Óz dawısı ńań ı",
        summary: "",
        description: "",
        region: null,
        city: null,
        status: "DRAFT",
      },
    },
    aliases: [{ value: "=SUM(A1:A9)", locale: null }],
    links: [{ type: "WEBSITE", url: "https://example.org/", label: "+7 site" }],
    people: [{ name: "@handle", role: { en: "Founder" }, isPublic: true }],
    fundings: [],
    impacts: [],
    sources: [],
    logo: null,
    cover: null,
    ...overrides,
  };
}

describe("formula protection", () => {
  it.each(["=1+1", "+7 701", "-5", "@SUM(A1)", "\tx", "\rx", "'=x", "''-x"])(
    "neutralises %j and restores it exactly",
    (value) => {
      const cell = protectCell(value);
      expect(cell.startsWith("'")).toBe(true);
      expect(unprotectCell(cell)).toBe(value);
    },
  );

  it.each(["plain", "'quoted", "1-2", "a=b", ""])("leaves %j as it is", (value) => {
    expect(protectCell(value)).toBe(value);
    expect(unprotectCell(value)).toBe(value);
  });
});

describe("CSV codec", () => {
  it("writes a BOM, the header in a stable order and protected cells", () => {
    const csv = encodeCsv([record({ aliases: [], people: [] })]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const header = csv.slice(1, csv.indexOf("\r\n"));
    expect(header.split(",")).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS.slice(15, 21)).toEqual([
      "name.en",
      "name.ru",
      "name.kk",
      "name.uz",
      "name.tg",
      "name.kaa",
    ]);
    expect(csv).toContain('"[{""type"":""WEBSITE""');
  });

  it("reads back quotes, commas, newlines, Kazakh and Uzbek letters and formula-like text", () => {
    const original = record();
    const decoded = decodeCsv(encodeCsv([original]));
    expect(decoded.fileErrors).toEqual([]);
    expect(decoded.rows).toHaveLength(1);
    const [row] = decoded.rows;
    expect(row!.row).toBe(2);
    expect(row!.errors).toEqual([]);
    const parsed = TransferInitiativeSchema.parse(row!.input);
    expect(parsed.translations.en).toMatchObject({
      name: 'The "Voice", Inc.',
      description: "Line one\n\nLine two, with a comma\r\nand a CRLF.",
    });
    expect(parsed.translations.kk!.name).toBe("Әліппе Ғылым Қоғамы ҢӨҰҮҺІ");
    expect(parsed.translations.uz!.name).toBe("Oʻz ovozi — Gʻalaba");
    expect(parsed.translations.kaa!.name).toBe("Óz dawısı ńań ı");
    expect(parsed.aliases[0]!.value).toBe("=SUM(A1:A9)");
    expect(parsed.people[0]!.name).toBe("@handle");
    expect(parsed.countries).toEqual(["KZ", "UZ"]);
    expect(parsed).toMatchObject({ version: 3, featured: true, foundedYear: "2019" });
    expect(parsed.translations.ru).toBeUndefined();
  });

  it("numbers rows as a spreadsheet does and skips empty lines", () => {
    const csv = encodeCsv([record(), record({ slug: "second" })]);
    const [head, ...rest] = csv.split(/\r\n(?=oz-ovozi|second)/);
    const decoded = decodeCsv([head, "", ...rest].join("\r\n"));
    expect(decoded.rows.map((r) => [r.row, r.input?.slug])).toEqual([
      [3, "oz-ovozi"],
      [4, "second"],
    ]);
  });

  it("refuses a file whose header is not an export's", () => {
    const decoded = decodeCsv("slug,name\r\nx,y\r\n");
    expect(decoded.rows).toEqual([]);
    expect(resolveText(en, "en", decoded.fileErrors[0]!)).toMatch(/^Missing columns: state, /);
    expect(resolveText(en, "en", decoded.fileErrors[1]!)).toBe("Unknown columns: name.");
    expect(decodeCsv("").fileErrors).toHaveLength(1);
    expect(decodeCsv('slug,"unclosed\r\n').fileErrors[0]).toMatch(/notCsv/);
  });

  it("reports a row with a wrong cell count, bad booleans and broken JSON by field", () => {
    const csv = encodeCsv([record()]);
    const broken = csv
      .replace(",true,ngo,", ",maybe,ngo,")
      .replace('"[{""name"":""@handle""', '"[{""name"":""@handle"" oops');
    const [row] = decodeCsv(broken).rows;
    expect(row!.errors.map((e) => [e.field, resolveText(en, "en", e.message)])).toEqual([
      ["featured", "Use true or false."],
      ["people", "This cell must hold valid JSON, as exported."],
    ]);
    const short = decodeCsv(`${csv.split("\r\n")[0]}\r\nonly,three,cells\r\n`);
    expect(resolveText(en, "en", short.rows[0]!.errors[0]!.message)).toMatch(
      /^Expected \d+ cells, found 3/,
    );
  });
});

describe("JSON codec", () => {
  it("round-trips records and is recognised by content", () => {
    const text = encodeJson([record(), record({ slug: "b" })], new Date("2025-01-01T00:00:00Z"));
    expect(JSON.parse(text)).toMatchObject({
      format: "civic-atlas/initiatives",
      version: 1,
      exportedAt: "2025-01-01T00:00:00.000Z",
    });
    expect(detectFormat(text)).toBe("json");
    expect(detectFormat(encodeCsv([]))).toBe("csv");
    const decoded = decodeJson(text);
    expect(decoded.rows.map((r) => r.input)).toEqual([record(), record({ slug: "b" })]);
    expect(JSON.parse(encodeJson([], new Date())).initiatives).toEqual([]);
  });

  it("refuses other documents", () => {
    expect(decodeJson("{").fileErrors[0]).toMatch(/notJson/);
    expect(decodeJson('{"format":"x"}').fileErrors[0]).toMatch(/notExport/);
    expect(
      decodeJson('{"format":"civic-atlas/initiatives","version":2,"initiatives":[]}').fileErrors,
    ).toHaveLength(1);
  });
});
