import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("HTTP_COMPRESSION", () => {
  it("is on unless set to false", () => {
    const value = (raw?: string) => {
      const result = parseEnv(raw === undefined ? {} : { HTTP_COMPRESSION: raw });
      return result.ok && result.env.HTTP_COMPRESSION;
    };
    expect(value()).toBe(true);
    expect(value("false")).toBe(false);
    expect(value("0")).toBe(false);
    expect(value("true")).toBe(true);
  });

  it("is refused at start-up when malformed", () => {
    const result = parseEnv({ HTTP_COMPRESSION: "gzip" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("HTTP_COMPRESSION must be true or false");
  });
});

describe("SERVER_MAX_HEAP_MB", () => {
  it("defaults to 224 and accepts 0 for V8's default", () => {
    const defaults = parseEnv({});
    expect(defaults.ok && defaults.env.SERVER_MAX_HEAP_MB).toBe(224);
    const zero = parseEnv({ SERVER_MAX_HEAP_MB: "0" });
    expect(zero.ok && zero.env.SERVER_MAX_HEAP_MB).toBe(0);
  });

  it("refuses a heap too small to run the server", () => {
    const result = parseEnv({ SERVER_MAX_HEAP_MB: "64" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("SERVER_MAX_HEAP_MB");
  });
});
