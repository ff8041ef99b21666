import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ru } from "./ru";

function leaves(value: unknown, prefix = ""): [string, unknown][] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [[prefix, value]];
}

const placeholders = (text: unknown) =>
  typeof text === "string" ? [...text.matchAll(/\{(\w+)(?=[},])/g)].map((m) => m[1]).sort() : [];

describe("admin messages in Russian", () => {
  it("translate every English string, with the same placeholders", () => {
    const english = new Map(leaves(en));
    const russian = new Map(leaves(ru));
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of russian) {
      if (Array.isArray(value)) {
        expect(value.length, key).toBe((english.get(key) as unknown[]).length);
        continue;
      }
      expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
      expect(placeholders(value), key).toEqual(placeholders(english.get(key)));
    }
  });

  it("are really translated, apart from names and codes", () => {
    const english = new Map(leaves(en));
    const same = leaves(ru).filter(
      ([key, value]) =>
        typeof value === "string" &&
        value === english.get(key) &&
        // Only placeholders and punctuation: nothing to translate.
        /\p{L}/u.test(value.replace(/\{\w+\}/g, "")) &&
        // Brand names stay as they are.
        !/^editor\.links\.types\.(?!WEBSITE|EMAIL|OTHER|VK)/.test(key),
    );
    expect(same.map(([key]) => key)).toEqual(["common.utc", "shell.brand"]);
  });
});
