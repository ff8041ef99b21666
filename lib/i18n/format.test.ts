import { describe, expect, it } from "vitest";
import { format, formatDate, formatNumber } from "@/lib/i18n/format";
import { en } from "@/lib/i18n/messages/en";
import { ru } from "@/lib/i18n/messages/ru";

describe("format", () => {
  it("chooses the plural form of the locale", () => {
    expect(format("en", en.listing.count, { count: 1 })).toBe("1 initiative");
    expect(format("en", en.listing.count, { count: 16 })).toBe("16 initiatives");
    expect(format("ru", ru.listing.count, { count: 1 })).toBe("1 инициатива");
    expect(format("ru", ru.listing.count, { count: 3 })).toBe("3 инициативы");
    expect(format("ru", ru.listing.count, { count: 16 })).toBe("16 инициатив");
  });

  it("fills named values and leaves unknown ones visible", () => {
    expect(format("en", "In {language}, {missing}", { language: "Russian" })).toBe(
      "In Russian, {missing}",
    );
  });

  it("formats dates and numbers per locale", () => {
    const date = new Date("2024-11-06T00:00:00Z");
    expect(formatDate("en", date)).toBe("November 6, 2024");
    expect(formatDate("ru", date)).toMatch(/^6 ноября 2024/);
    expect(formatNumber("ru", 1080000)).toBe("1\u00a0080\u00a0000");
  });
});
