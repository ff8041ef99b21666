import { describe, expect, it } from "vitest";
import { serverNodeOptions } from "./node-options";

describe("serverNodeOptions", () => {
  it("adds the heap limit and the young generation's size to whatever options are set", () => {
    expect(serverNodeOptions(undefined, 384)).toBe(
      "--max-old-space-size=384 --max-semi-space-size=8",
    );
    expect(serverNodeOptions("--enable-source-maps", 512)).toBe(
      "--enable-source-maps --max-old-space-size=512 --max-semi-space-size=8",
    );
  });

  it("keeps the values the operator set, and V8's default heap limit for 0", () => {
    expect(serverNodeOptions("--max-old-space-size=1024", 384)).toBe(
      "--max-old-space-size=1024 --max-semi-space-size=8",
    );
    expect(serverNodeOptions("--max-semi-space-size=32", 384)).toBe(
      "--max-semi-space-size=32 --max-old-space-size=384",
    );
    expect(serverNodeOptions(" --trace-warnings ", 0)).toBe(
      "--trace-warnings --max-semi-space-size=8",
    );
  });
});
