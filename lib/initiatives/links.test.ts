import { describe, expect, it } from "vitest";
import { normalizeLink, websiteKey } from "@/lib/initiatives/links";

describe("normalizeLink", () => {
  it.each([
    ["TELEGRAM", "@BulbulKz", "https://t.me/bulbulkz", "bulbulkz"],
    ["TELEGRAM", "t.me/bulbulkz", "https://t.me/bulbulkz", "bulbulkz"],
    ["TELEGRAM", "https://t.me/s/BulbulKz?utm_source=x", "https://t.me/bulbulkz", "bulbulkz"],
    ["TELEGRAM", "https://telegram.me/bulbulkz", "https://t.me/bulbulkz", "bulbulkz"],
    ["INSTAGRAM", "@iz.project", "https://www.instagram.com/iz.project/", "iz.project"],
    [
      "INSTAGRAM",
      "https://www.instagram.com/Iz.Project/?igshid=abc",
      "https://www.instagram.com/iz.project/",
      "iz.project",
    ],
    ["WHATSAPP", "+7 (701) 234-56-78", "https://wa.me/77012345678", "77012345678"],
    ["WHATSAPP", "https://wa.me/77012345678", "https://wa.me/77012345678", "77012345678"],
    ["EMAIL", "Team@Example.ORG", "mailto:team@example.org", "team@example.org"],
    ["X", "https://twitter.com/civic_kz", "https://x.com/civic_kz", "civic_kz"],
    ["YOUTUBE", "@izproject", "https://www.youtube.com/@izproject", "izproject"],
  ] as const)("%s %s", (type, input, url, handle) => {
    expect(normalizeLink(type, input)).toEqual({ ok: true, url, handle });
  });

  it("keeps links that name no account as URLs", () => {
    expect(normalizeLink("TELEGRAM", "https://t.me/+AbCdEf123")).toEqual({
      ok: true,
      url: "https://t.me/+AbCdEf123",
      handle: null,
    });
    expect(normalizeLink("YOUTUBE", "https://www.youtube.com/watch?v=abc&si=x")).toEqual({
      ok: true,
      url: "https://www.youtube.com/watch?v=abc",
      handle: null,
    });
  });

  it("normalises websites", () => {
    expect(normalizeLink("WEBSITE", "Example.org/")).toEqual({
      ok: true,
      url: "https://example.org",
      handle: null,
    });
    expect(normalizeLink("WEBSITE", "https://EXAMPLE.org/about/?utm_campaign=x#team")).toEqual({
      ok: true,
      url: "https://example.org/about/",
      handle: null,
    });
  });

  it.each([
    ["WEBSITE", "javascript:alert(1)"],
    ["WEBSITE", "data:text/html,hi"],
    ["WEBSITE", "not a url"],
    ["WEBSITE", "https://user:pw@example.org"],
    ["TELEGRAM", "https://evil.example/bulbul"],
    ["TELEGRAM", "@ab"],
    ["INSTAGRAM", "has space"],
    ["EMAIL", "not-an-email"],
    ["WHATSAPP", "12"],
    ["GOOGLE_PLAY", "https://example.org/app"],
    ["WEBSITE", ""],
    ["WEBSITE", `https://example.org/${"a".repeat(3000)}`],
  ] as const)("refuses %s %s with a message", (type, input) => {
    const result = normalizeLink(type, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
  });
});

describe("websiteKey", () => {
  it("ignores scheme, www. and trailing slashes", () => {
    expect(websiteKey("https://www.Example.org/")).toBe("example.org");
    expect(websiteKey("http://example.org")).toBe("example.org");
    expect(websiteKey("example.org/projects/")).toBe("example.org/projects");
  });
});
