import { describe, expect, it } from "vitest";
import { clientIp, trustedClientAddress } from "@/lib/request-ip";

describe("trustedClientAddress", () => {
  it("ignores a client's X-Forwarded-For when no proxy is trusted", () => {
    expect(trustedClientAddress("1.2.3.4", "::ffff:10.0.0.9", 0)).toBe("10.0.0.9");
    expect(trustedClientAddress(["1.2.3.4", "5.6.7.8"], "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("takes the entry the trusted proxy appended", () => {
    // client spoofs "6.6.6.6"; the proxy appends the real client 198.51.100.2; peer is the proxy.
    expect(trustedClientAddress("6.6.6.6, 198.51.100.2", "10.0.0.1", 1)).toBe("198.51.100.2");
    expect(trustedClientAddress("6.6.6.6, 198.51.100.2, 10.0.0.2", "10.0.0.1", 2)).toBe(
      "198.51.100.2",
    );
  });

  it("falls back to the first entry when there are fewer hops than trusted", () => {
    expect(trustedClientAddress(undefined, "10.0.0.1", 2)).toBe("10.0.0.1");
  });
});

describe("clientIp", () => {
  it("reads the sanitised header", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
