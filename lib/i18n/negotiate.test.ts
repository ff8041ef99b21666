import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate";

describe("negotiateLocale", () => {
  it("prefers the saved cookie", () => {
    expect(negotiateLocale("kk", "ru-RU,ru;q=0.9")).toBe("kk");
  });
  it("ignores an invalid cookie", () => {
    expect(negotiateLocale("de", "ru-RU,ru;q=0.9")).toBe("ru");
  });
  it("follows quality values", () => {
    expect(negotiateLocale(undefined, "de;q=1, kk;q=0.8, ru;q=0.9")).toBe("ru");
    expect(negotiateLocale(undefined, "kk-KZ, ru;q=0.5")).toBe("kk");
  });
  it("defaults to English", () => {
    expect(negotiateLocale(undefined, null)).toBe("en");
    expect(negotiateLocale(undefined, "de-DE,fr;q=0.5")).toBe("en");
    expect(negotiateLocale(undefined, "ru;q=0")).toBe("en");
  });
});
