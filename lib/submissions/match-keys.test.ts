import { describe, expect, it } from "vitest";
import { matchKeysFor, nameKey } from "./match-keys";

const data = (
  name: string,
  altName = "",
  links: { type: "WEBSITE" | "TELEGRAM" | "INSTAGRAM" | "WHATSAPP"; value: string }[] = [],
) => ({
  name,
  altName,
  links,
});

describe("matchKeysFor", () => {
  it("gives a website the same key with or without www., scheme and trailing slash", () => {
    const a = matchKeysFor(data("A", "", [{ type: "WEBSITE", value: "https://www.Example.org/" }]));
    const b = matchKeysFor(data("A", "", [{ type: "WEBSITE", value: "http://example.org" }]));
    expect(a).toContain("web:example.org");
    expect(b).toContain("web:example.org");
    expect(
      matchKeysFor(data("A", "", [{ type: "WEBSITE", value: "example.org/about/" }])),
    ).toContain("web:example.org/about");
  });

  it("keys messenger handles however they were typed", () => {
    for (const value of ["@KunJarygy", "https://t.me/kunjarygy", "t.me/KunJarygy?utm_source=x"]) {
      expect(matchKeysFor(data("A", "", [{ type: "TELEGRAM", value }]))).toContain("tg:kunjarygy");
    }
    expect(
      matchKeysFor(data("A", "", [{ type: "INSTAGRAM", value: "instagram.com/bulbul.kz/" }])),
    ).toContain("ig:bulbul.kz");
    expect(
      matchKeysFor(data("A", "", [{ type: "WHATSAPP", value: "+7 701 234-56-78" }])),
    ).toContain("wa:77012345678");
  });

  it("folds names across scripts and diacritics", () => {
    expect(nameKey("Кун Жарыгы")).toBe(nameKey("Kun Jarygy"));
    expect(nameKey("Күн Жарығы")).toBe(nameKey("Kun Zharygy"));
    expect(nameKey("Būlbūl")).toBe(nameKey("Bulbul"));
    expect(nameKey("Бұлбұл")).toBe(nameKey("Bulbul"));
    expect(nameKey("Kun Jarygy")).not.toBe(nameKey("Kun"));
  });

  it("keys both the name and the alt name, and skips names too short to mean anything", () => {
    const keys = matchKeysFor(data("Bulbul", "Бұлбұл"));
    expect(keys).toEqual([`name:${nameKey("Bulbul")}`]);
    expect(matchKeysFor(data("Ab", ""))).toEqual([]);
  });
});
