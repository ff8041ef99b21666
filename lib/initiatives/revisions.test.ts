import { describe, expect, it } from "vitest";
import {
  diffSnapshots,
  diffWords,
  emptySnapshot,
  type WordSegment,
} from "@/lib/initiatives/revisions";

function snapshot() {
  const base = emptySnapshot();
  return {
    ...base,
    slug: "green-steppe",
    translations: {
      ...base.translations,
      en: { ...base.translations.en, name: "Green Steppe", status: "REVIEWED" as const },
    },
    countries: ["KZ"],
    links: [{ type: "TELEGRAM" as const, value: "https://t.me/a", label: "" }],
    people: [{ name: "Aida", role: { en: "Founder" }, isPublic: true }],
  };
}

describe("diffSnapshots", () => {
  it("finds nothing between equal snapshots", () => {
    expect(diffSnapshots(snapshot(), snapshot())).toEqual([]);
  });

  it("names each changed leaf with its before and after", () => {
    const before = snapshot();
    const after = {
      ...before,
      translations: {
        ...before.translations,
        en: { ...before.translations.en, name: "Green Steppe Fund" },
        ru: { ...before.translations.ru, name: "Зелёная степь", status: "DRAFT" as const },
      },
      countries: ["KZ", "UZ"],
      people: [{ name: "Aida", role: { en: "Founder", ru: "Основательница" }, isPublic: false }],
    };
    expect(diffSnapshots(before, after)).toEqual([
      { path: "translations.en.name", before: "Green Steppe", after: "Green Steppe Fund" },
      { path: "translations.ru.name", before: "", after: "Зелёная степь" },
      { path: "translations.ru.status", before: "MISSING", after: "DRAFT" },
      { path: "countries", before: ["KZ"], after: ["KZ", "UZ"] },
      { path: "people.0.role.ru", before: undefined, after: "Основательница" },
      { path: "people.0.isPublic", before: true, after: false },
    ]);
  });

  it("reports added and removed list items as one change each", () => {
    const before = snapshot();
    const link = { type: "WEBSITE" as const, value: "https://x.org", label: "" };
    expect(diffSnapshots(before, { ...before, links: [...before.links, link] })).toEqual([
      { path: "links.1", before: undefined, after: link },
    ]);
    expect(diffSnapshots(before, { ...before, links: [] })).toEqual([
      { path: "links.0", before: before.links[0], after: undefined },
    ]);
  });

  it("treats missing, null, empty text and empty lists as the same nothing", () => {
    const older: Record<string, unknown> = { ...snapshot() };
    delete older.aliases; // a snapshot written before the field existed
    expect(diffSnapshots(older, { ...snapshot(), aliases: [] })).toEqual([]);
    expect(diffSnapshots({ a: null }, { a: "" })).toEqual([]);
  });

  it("lists the leaves of an image that was added or removed", () => {
    const before = snapshot();
    const logo = { id: "0190a5f2-0000-7000-8000-000000000001", alt: { en: "Logo" } };
    expect(diffSnapshots(before, { ...before, logo }).map((d) => d.path)).toEqual([
      "logo.id",
      "logo.alt.en",
    ]);
  });

  it("lists every filled field of a first revision", () => {
    const paths = diffSnapshots(emptySnapshot(), snapshot()).map((d) => d.path);
    expect(paths).toEqual([
      "slug",
      "translations.en.name",
      "translations.en.status",
      "countries",
      "links.0",
      "people.0",
    ]);
  });
});

const render = (segments: WordSegment[]) =>
  segments
    .map((s) =>
      s.kind === "same" ? s.text : s.kind === "added" ? `{+${s.text}+}` : `[-${s.text}-]`,
    )
    .join("");

describe("diffWords", () => {
  it("marks changed words only", () => {
    expect(render(diffWords("the quick brown fox", "the slow brown fox"))).toBe(
      "the [-quick-]{+slow+} brown fox",
    );
  });

  it("handles insertions, deletions and empty sides", () => {
    expect(render(diffWords("a c", "a b c"))).toBe("a {+b +}c");
    expect(render(diffWords("a b c", "a c"))).toBe("a [-b -]c");
    expect(render(diffWords("", "new text"))).toBe("{+new text+}");
    expect(render(diffWords("old", ""))).toBe("[-old-]");
    expect(diffWords("same", "same")).toEqual([{ text: "same", kind: "same" }]);
  });

  it("rebuilds both texts from its segments", () => {
    const a = "Kun Jarygy monitors public procurement across Kazakhstan.\n\nIt runs webinars.";
    const b =
      "Kun Jarygy, a coalition, monitors procurement in Kazakhstan.\n\nIt runs free webinars.";
    const segments = diffWords(a, b);
    expect(
      segments
        .filter((s) => s.kind !== "added")
        .map((s) => s.text)
        .join(""),
    ).toBe(a);
    expect(
      segments
        .filter((s) => s.kind !== "removed")
        .map((s) => s.text)
        .join(""),
    ).toBe(b);
  });

  it("falls back to a block replacement for very long rewrites", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(" ");
    const segments = diffWords(a, b);
    expect(segments.map((s) => s.kind)).toEqual(["removed", "added"]);
  });
});
