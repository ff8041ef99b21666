import { describe, expect, it } from "vitest";
import { en } from "./en";
import { kk } from "./kk";
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
  typeof text === "string" ? [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort() : [];

describe.each([
  ["ru", ru],
  ["kk", kk],
])("%s messages", (_locale, messages) => {
  const english = new Map(leaves(en));

  it("translate every English string, with the same placeholders", () => {
    const translated = new Map(leaves(messages));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of translated) {
      if (Array.isArray(value)) {
        expect(value.length, key).toBe((english.get(key) as unknown[]).length);
        continue;
      }
      expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
      expect(placeholders(value), key).toEqual(placeholders(english.get(key)));
    }
  });
});
