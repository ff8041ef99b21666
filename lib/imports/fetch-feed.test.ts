import { describe, expect, it } from "vitest";
import {
  checkFeedUrl,
  decodeFeedBytes,
  fetchFeed,
  isBlockedAddress,
} from "@/lib/imports/fetch-feed";
import { FeedError } from "@/lib/imports/feed-types";

const publicDns = async () => ["93.184.215.14"];

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a FeedError");
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

const fetchReturning =
  (response: () => Response): typeof fetch =>
  async () =>
    response();

describe("isBlockedAddress", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.5",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "not-an-ip",
  ])("blocks %s", (ip) => expect(isBlockedAddress(ip)).toBe(true));

  it.each(["93.184.215.14", "172.32.0.1", "2a00:1450:4001:80b::200e"])("allows %s", (ip) =>
    expect(isBlockedAddress(ip)).toBe(false),
  );
});

describe("checkFeedUrl", () => {
  it("refuses other schemes, credentials, odd ports and local names before any lookup", async () => {
    const neverResolve = async (): Promise<string[]> => {
      throw new Error("must not resolve");
    };
    expect((await failure(checkFeedUrl("file:///etc/passwd", neverResolve))).code).toBe(
      "bad_scheme",
    );
    expect((await failure(checkFeedUrl("not a url", neverResolve))).code).toBe("bad_url");
    expect((await failure(checkFeedUrl("https://u:p@example.org/", neverResolve))).code).toBe(
      "credentials",
    );
    expect((await failure(checkFeedUrl("http://example.org:5432/", neverResolve))).code).toBe(
      "bad_port",
    );
    expect((await failure(checkFeedUrl("http://localhost/feed", neverResolve))).code).toBe(
      "blocked_address",
    );
    expect((await failure(checkFeedUrl("http://[::1]/feed", neverResolve))).code).toBe(
      "blocked_address",
    );
  });

  it("refuses names that resolve to private addresses, and unknown names", async () => {
    const error = await failure(
      checkFeedUrl("https://intranet.example.org/feed", async () => ["10.0.0.8"]),
    );
    expect(error.code).toBe("blocked_address");
    const unknown = await failure(
      checkFeedUrl("https://nowhere.example.org/feed", async () => {
        throw new Error("ENOTFOUND");
      }),
    );
    expect(unknown.message).toBe("The feed's server “nowhere.example.org” could not be found.");
  });

  it("accepts a public https address", async () => {
    expect((await checkFeedUrl("https://example.org/feed/", publicDns)).href).toBe(
      "https://example.org/feed/",
    );
  });
});

describe("fetchFeed", () => {
  it("returns the text, decoded with the declared charset", async () => {
    const bytes = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    const text = await fetchFeed("https://example.org/feed", {
      resolve: publicDns,
      fetchImpl: fetchReturning(
        () =>
          new Response(bytes, { headers: { "content-type": "text/xml; charset=windows-1251" } }),
      ),
    });
    expect(text).toBe("Привет");
  });

  it("reports the HTTP status", async () => {
    const error = await failure(
      fetchFeed("https://example.org/feed", {
        resolve: publicDns,
        fetchImpl: fetchReturning(
          () => new Response("gone", { status: 404, statusText: "Not Found" }),
        ),
      }),
    );
    expect(error.message).toBe("The feed address answered HTTP 404 Not Found.");
  });

  it("checks every redirect hop", async () => {
    const error = await failure(
      fetchFeed("https://example.org/feed", {
        resolve: async (host) => (host === "example.org" ? ["93.184.215.14"] : ["127.0.0.1"]),
        fetchImpl: fetchReturning(
          () =>
            new Response(null, {
              status: 302,
              headers: { location: "https://evil.example.net/x" },
            }),
        ),
      }),
    );
    expect(error.code).toBe("blocked_address");
  });

  it("refuses feeds over the size limit, declared or streamed", async () => {
    const declared = await failure(
      fetchFeed("https://example.org/feed", {
        resolve: publicDns,
        maxBytes: 10,
        fetchImpl: fetchReturning(
          () => new Response("x", { headers: { "content-length": "100" } }),
        ),
      }),
    );
    expect(declared.code).toBe("too_large");
    const streamed = await failure(
      fetchFeed("https://example.org/feed", {
        resolve: publicDns,
        maxBytes: 10,
        fetchImpl: fetchReturning(() => new Response("x".repeat(50))),
      }),
    );
    expect(streamed.code).toBe("too_large");
  });

  it("gives up after the timeout", async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted")));
      });
    const error = await failure(
      fetchFeed("https://example.org/feed", {
        resolve: publicDns,
        fetchImpl: hanging,
        timeoutMs: 50,
      }),
    );
    expect(error.message).toBe("The feed did not answer within 0.05 seconds.");
  });

  it("reports a connection failure with its cause", async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
    };
    const error = await failure(
      fetchFeed("https://example.org/feed", { resolve: publicDns, fetchImpl: refused }),
    );
    expect(error.message).toBe("The feed could not be fetched (connect ECONNREFUSED).");
  });
});

describe("decodeFeedBytes", () => {
  it("reads the encoding from the XML declaration", () => {
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><a>');
    const bytes = new Uint8Array([...head, 0xc4, 0xe0]);
    expect(decodeFeedBytes(bytes)).toBe('<?xml version="1.0" encoding="windows-1251"?><a>Да');
  });
});
