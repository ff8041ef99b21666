import { describe, expect, it } from "vitest";
import { availableLocales, pickText, pickTranslation } from "@/lib/i18n/fallback";

const rows = [
  { locale: "ru", name: "Кун Жарыгы" },
  { locale: "en", name: "Kun Jarygy" },
];

describe("pickTranslation", () => {
  it("returns the asked locale when it exists", () => {
    expect(pickTranslation(rows, "ru")).toEqual({
      value: rows[0],
      locale: "ru",
      isFallback: false,
    });
  });

  it("falls back to English first and says so", () => {
    expect(pickTranslation(rows, "kk")).toEqual({ value: rows[1], locale: "en", isFallback: true });
  });

  it("falls back to Russian when English is missing", () => {
    expect(pickTranslation([rows[0]!], "kk")?.locale).toBe("ru");
  });

  it("returns null when nothing exists", () => {
    expect(pickTranslation([], "en")).toBeNull();
  });
});

describe("pickText", () => {
  it("reads JSON maps with the same fallback", () => {
    expect(pickText({ en: "Founder", ru: "Основатель" }, "ru")).toBe("Основатель");
    expect(pickText({ ru: "Основатель" }, "kk")).toBe("Основатель");
    expect(pickText(null, "en")).toBe("");
  });
});

describe("availableLocales", () => {
  it("lists locales in canonical order", () => {
    expect(availableLocales(rows)).toEqual(["en", "ru"]);
  });
});
