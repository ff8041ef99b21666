import { describe, expect, it } from "vitest";
import { msg } from "@/lib/admin-i18n/codes";
import { reportLines, showValue, type ImportReport } from "@/lib/transfer/report";
import { fieldName } from "@/lib/transfer/validate";

describe("fieldName", () => {
  it("names translation fields as the CSV's columns, other paths as they are", () => {
    expect(fieldName(["translations", "kk", "name"], "csv")).toBe("name.kk");
    expect(fieldName(["translations", "kk", "name"], "json")).toBe("translations.kk.name");
    expect(fieldName(["links", 0, "url"], "csv")).toBe("links.0.url");
    expect(fieldName([], "csv")).toBe("row");
  });
});

describe("the dry run as text", () => {
  it("lists changes, warnings and invalid rows with reasons in English", () => {
    const report: ImportReport = {
      format: "csv",
      fileErrors: [],
      counts: { create: 1, update: 1, unchanged: 3, invalid: 1 },
      untouched: 2,
      digest: "0".repeat(64),
      items: [
        { row: 2, slug: "new-one", kind: "create", changes: [], errors: [], warnings: [] },
        {
          row: 3,
          slug: "old-one",
          kind: "update",
          changes: [{ field: "name.ru", before: "Было", after: "Стало" }],
          errors: [],
          warnings: [msg("data.errors.staleVersion", { file: 1, current: 2 })],
        },
        {
          row: 7,
          slug: "bad-one",
          kind: "invalid",
          changes: [],
          errors: [
            { field: "countries", message: msg("data.errors.unknownCountry", { codes: "XX" }) },
          ],
          warnings: [],
        },
      ],
    };
    expect(reportLines(report)).toEqual([
      "create row 2 (new-one)",
      "update row 3 (old-one)",
      '  name.ru: "Было" -> "Стало"',
      "  warning: Saved in the database since this file was exported (version 1, now 2): importing overwrites those changes.",
      "invalid row 7 (bad-one), countries: Unknown country code XX.",
      "1 new, 1 changed, 3 unchanged, 1 invalid row.",
      "2 entries in the database are not in the file and stay as they are.",
    ]);
  });

  it("shortens long values and shows structures as JSON", () => {
    expect(showValue("x".repeat(500))).toHaveLength(241);
    expect(showValue({ en: "a" })).toBe('{"en":"a"}');
    expect(showValue(null)).toBe("");
  });
});
