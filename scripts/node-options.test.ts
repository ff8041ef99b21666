import { describe, expect, it } from "vitest";
import { serverNodeOptions } from "./node-options";

describe("serverNodeOptions", () => {
  it("adds the heap limit to whatever options are set", () => {
    expect(serverNodeOptions(undefined, 384)).toBe("--max-old-space-size=384");
    expect(serverNodeOptions("--enable-source-maps", 512)).toBe(
      "--enable-source-maps --max-old-space-size=512",
    );
  });

  it("keeps a limit the operator set, and V8's default for 0", () => {
    expect(serverNodeOptions("--max-old-space-size=1024", 384)).toBe("--max-old-space-size=1024");
    expect(serverNodeOptions(" --trace-warnings ", 0)).toBe("--trace-warnings");
  });
});
