import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { ru } from "@/lib/i18n/messages/ru";
import { errorText } from "./form-state";
import { hashStatusToken, isStatusTokenShaped, statusPath, statusTokenFor } from "./status-token";

const ID = "0196f1c2-7a3b-7c4d-8e5f-0123456789ab";

describe("status tokens", () => {
  it("are derived from the id: the same every time, different per submission, URL-safe", () => {
    const token = statusTokenFor(ID);
    expect(token).toBe(statusTokenFor(ID));
    expect(token).not.toBe(statusTokenFor(ID.replace("ab", "ac")));
    expect(isStatusTokenShaped(token)).toBe(true);
    expect(token).not.toContain(ID);
  });

  it("are stored only as their SHA-256", () => {
    const token = statusTokenFor(ID);
    expect(hashStatusToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashStatusToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("make the status page's path", () => {
    expect(statusPath("kk", ID)).toBe(`/kk/submit/status/${statusTokenFor(ID)}`);
  });

  it("refuse anything not shaped like a token", () => {
    for (const bad of ["", "short", "../../etc/passwd", `${"A".repeat(42)}=`, 42, null]) {
      expect(isStatusTokenShaped(bad)).toBe(false);
    }
  });
});

describe("error texts", () => {
  it("put the schema's codes into words, with their parameter", () => {
    expect(errorText("en", en.submit, "tooLong:200")).toBe("Use at most 200 characters.");
    expect(errorText("ru", ru.submit, "tooLong:200")).toBe("Не больше 200 знаков.");
    expect(errorText("en", en.submit, "link:TELEGRAM", en.links)).toBe(
      "This is not a valid Telegram address or handle.",
    );
    expect(errorText("en", en.submit, "year")).toMatch(/^Enter a year from 1900 to \d{4}\.$/);
  });
});
