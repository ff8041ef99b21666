import { describe, expect, it } from "vitest";
import { diffSubmissionData } from "@/lib/submissions/diff";
import { SubmissionDataSchema } from "@/lib/submissions/schemas";

const base = SubmissionDataSchema.parse({
  name: "Kun Jarygy",
  summary: "Helps families in Almaty.",
  countries: ["KZ"],
  causes: ["education"],
  links: [{ type: "WEBSITE", value: "https://kun.example.org/" }],
  foundedYear: 2015,
});

describe("diffSubmissionData", () => {
  it("finds nothing between equal versions", () => {
    expect(diffSubmissionData(base, { ...base })).toEqual([]);
  });

  it("reports changed texts with a word diff, and list additions and removals", () => {
    const after = {
      ...base,
      summary: "Helps families and schools in Almaty.",
      countries: ["KZ", "KG"],
      links: [{ type: "TELEGRAM" as const, value: "https://t.me/kunjarygy" }],
      foundedYear: 2016,
    };
    const changes = diffSubmissionData(base, after);
    expect(changes.map((c) => c.field)).toEqual(["summary", "countries", "links", "foundedYear"]);
    const summary = changes[0]!;
    expect(summary.kind).toBe("text");
    if (summary.kind === "text") {
      expect(summary.words.filter((w) => w.kind === "added").map((w) => w.text.trim())).toEqual([
        "and schools",
      ]);
      expect(summary.words.some((w) => w.kind === "removed")).toBe(false);
    }
    expect(changes[1]).toEqual({ field: "countries", kind: "list", added: ["KG"], removed: [] });
    expect(changes[2]).toEqual({
      field: "links",
      kind: "list",
      added: ["TELEGRAM https://t.me/kunjarygy"],
      removed: ["WEBSITE https://kun.example.org/"],
    });
    expect(changes[3]).toMatchObject({ field: "foundedYear", before: "2015", after: "2016" });
  });

  it("treats a year removed as a change to empty", () => {
    const [change] = diffSubmissionData(base, { ...base, foundedYear: null });
    expect(change).toMatchObject({ field: "foundedYear", before: "2015", after: "" });
  });
});
