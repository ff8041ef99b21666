import { describe, expect, it } from "vitest";
import { etagFor, matchesIfNoneMatch } from "./etag";

describe("etagFor", () => {
  it("is a quoted strong tag that changes with the body", () => {
    const tag = etagFor('{"a":1}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(etagFor('{"a":1}')).toBe(tag);
    expect(etagFor('{"a":2}')).not.toBe(tag);
  });
});

describe("matchesIfNoneMatch", () => {
  const tag = etagFor("body");

  it.each([
    [tag, true],
    [`W/${tag}`, true],
    [`"other", ${tag}`, true],
    ["*", true],
    ['"other"', false],
    ["", false],
    [null, false],
    [tag.slice(0, -2) + '"', false],
  ])("%s → %s", (header, expected) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(expected);
  });
});
