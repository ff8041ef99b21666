import { afterEach, describe, expect, it, vi } from "vitest";
import { setTestDatabaseUrl } from "@/lib/env";
import {
  addressBucket,
  checkFormTiming,
  honeypotFilled,
  signFormStart,
  verifyTurnstile,
} from "./anti-abuse";

/** getEnv() caches the environment; setting the database URL is what clears that cache. */
const reloadEnv = () => setTestDatabaseUrl(process.env.DATABASE_URL ?? "");

afterEach(() => {
  vi.unstubAllEnvs();
  reloadEnv();
});

describe("form timing", () => {
  const shown = 1_750_000_000_000;

  it("accepts a form sent after the minimum time", () => {
    expect(checkFormTiming(signFormStart(shown), 3, shown + 5_000)).toBe("ok");
  });

  it("refuses a form sent too fast", () => {
    expect(checkFormTiming(signFormStart(shown), 3, shown + 1_000)).toBe("tooFast");
  });

  it("refuses a forged or missing start time", () => {
    const [, signature] = signFormStart(shown).split(".");
    expect(checkFormTiming(`${shown - 60_000}.${signature}`, 3, shown + 5_000)).toBe("invalid");
    expect(checkFormTiming(undefined, 3, shown)).toBe("invalid");
    expect(checkFormTiming("garbage", 3, shown)).toBe("invalid");
  });

  it("refuses a form kept open for days", () => {
    expect(checkFormTiming(signFormStart(shown), 3, shown + 3 * 86_400_000)).toBe("expired");
  });
});

describe("honeypot", () => {
  it("is tripped only when the hidden field has content", () => {
    const form = new FormData();
    expect(honeypotFilled(form)).toBe(false);
    form.set("homepage", " ");
    expect(honeypotFilled(form)).toBe(false);
    form.set("homepage", "http://spam.example");
    expect(honeypotFilled(form)).toBe(true);
  });
});

describe("addressBucket", () => {
  it("counts IPv4 per address and IPv6 per /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });
});

describe("verifyTurnstile", () => {
  function withKeys() {
    vi.stubEnv("TURNSTILE_SITE_KEY", "site");
    vi.stubEnv("TURNSTILE_SECRET_KEY", "secret");
    reloadEnv();
  }
  const answer = (body: unknown, status = 200) =>
    vi.fn(async () => new Response(JSON.stringify(body), { status }));

  it("is off without keys", async () => {
    const fetcher = answer({ success: true });
    expect(await verifyTurnstile("token", "203.0.113.7", fetcher)).toBe("off");
    expect(fetcher).not.toHaveBeenCalled();
  });

  it("posts the secret, token and address and reads the verdict", async () => {
    withKeys();
    const fetcher = answer({ success: true });
    expect(await verifyTurnstile("token", "203.0.113.7", fetcher)).toBe("ok");
    const [, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    const body = init.body as URLSearchParams;
    expect(body.get("secret")).toBe("secret");
    expect(body.get("response")).toBe("token");
    expect(body.get("remoteip")).toBe("203.0.113.7");
    expect(await verifyTurnstile("token", "x", answer({ success: false }))).toBe("failed");
  });

  it("fails without a token, and fails closed when Cloudflare is unreachable", async () => {
    withKeys();
    expect(await verifyTurnstile("", "x", answer({ success: true }))).toBe("failed");
    expect(await verifyTurnstile("t", "x", answer({}, 500))).toBe("unavailable");
    const down = vi.fn(async () => {
      throw new Error("ECONNREFUSED");
    });
    expect(await verifyTurnstile("t", "x", down)).toBe("unavailable");
  });
});
