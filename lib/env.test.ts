import { describe, expect, it } from "vitest";
import { httpCompression, parseEnv } from "@/lib/env";

describe("HTTP_COMPRESSION", () => {
  it("is on unless set to false", () => {
    expect(httpCompression({})).toBe(true);
    expect(httpCompression({ HTTP_COMPRESSION: "" })).toBe(true);
    expect(httpCompression({ HTTP_COMPRESSION: "false" })).toBe(false);
    expect(httpCompression({ HTTP_COMPRESSION: "0" })).toBe(false);
    expect(httpCompression({ HTTP_COMPRESSION: "yes" })).toBe(true);
  });

  it("is refused at start-up when malformed", () => {
    const result = parseEnv({ HTTP_COMPRESSION: "gzip" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("HTTP_COMPRESSION must be true or false");
  });
});

describe("SERVER_MAX_HEAP_MB", () => {
  it("defaults to 320 and accepts 0 for V8's default", () => {
    const defaults = parseEnv({});
    expect(defaults.ok && defaults.env.SERVER_MAX_HEAP_MB).toBe(320);
    const zero = parseEnv({ SERVER_MAX_HEAP_MB: "0" });
    expect(zero.ok && zero.env.SERVER_MAX_HEAP_MB).toBe(0);
  });

  it("refuses a heap too small to run the server", () => {
    const result = parseEnv({ SERVER_MAX_HEAP_MB: "64" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("SERVER_MAX_HEAP_MB");
  });
});
