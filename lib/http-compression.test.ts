import { createServer, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chooseEncoding,
  CompressedPages,
  createCompression,
  FLUSH_DELAY_MS,
} from "@/lib/http-compression";

type Flushable = ServerResponse & { flush?: () => void };

const PAGE = Array.from(
  { length: 50 },
  (_, i) => `<section id="s${i}">${"civic ".repeat(40)}</section>`,
);

/** Routes standing in for Next: it writes a page in chunks and flushes after each one. */
const routes: Record<string, (res: Flushable) => void> = {
  "/fast": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    for (const chunk of PAGE) {
      res.write(chunk);
      res.flush?.();
    }
    res.end();
  },
  "/slow": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.write(PAGE[0]);
    res.flush?.();
    setTimeout(() => res.end(PAGE.slice(1).join("")), 300);
  },
  // As Next sets a route handler's headers.
  "/json": (res) => {
    res.setHeader("Content-Type", ["application/json"]);
    res.end(JSON.stringify({ data: PAGE }));
  },
  // As Next sends a page from its full-route cache: whole, with an ETag.
  "/cached": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", `"${cachedVersion}"`);
    res.setHeader("x-nextjs-cache", "HIT");
    res.end(`${cachedVersion}${PAGE.join("")}`);
  },
  "/small": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end("<p>tiny</p>");
  },
  "/no-transform": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "no-transform");
    res.end(PAGE.join(""));
  },
};

let server: Server;
let cachedVersion = "v1";
const store = new CompressedPages(1024 * 1024);
let port: number;
beforeAll(async () => {
  const compress = createCompression({ pages: store });
  server = createServer((req, res) => compress(req, res, () => routes[req.url ?? ""]!(res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Received {
  encoding: string | undefined;
  length: string | undefined;
  vary: string | undefined;
  raw: Buffer;
  body: string;
  /** Milliseconds from the request to each piece of body received. */
  arrivals: number[];
}

function get(path: string, acceptEncoding: string): Promise<Received> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request({ port, path, headers: { "accept-encoding": acceptEncoding } }, (res) => {
      const encoding = res.headers["content-encoding"];
      const rawParts: Buffer[] = [];
      res.on("data", (part: Buffer) => rawParts.push(part));
      const decoded =
        encoding === "br"
          ? res.pipe(zlib.createBrotliDecompress())
          : encoding === "gzip"
            ? res.pipe(zlib.createGunzip())
            : res;
      const arrivals: number[] = [];
      const parts: Buffer[] = [];
      decoded.on("data", (part: Buffer) => {
        arrivals.push(performance.now() - started);
        parts.push(part);
      });
      decoded.on("end", () =>
        resolve({
          encoding,
          length: res.headers["content-length"],
          vary: res.headers.vary,
          raw: Buffer.concat(rawParts),
          body: Buffer.concat(parts).toString("utf8"),
          arrivals,
        }),
      );
      decoded.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

describe("createCompression", () => {
  it("compresses a page flushed chunk by chunk in one piece when it is written at once", async () => {
    const gzip = await get("/fast", "gzip");
    expect(gzip.encoding).toBe("gzip");
    expect(gzip.body).toBe(PAGE.join(""));
    expect(gzip.arrivals.length).toBeLessThanOrEqual(2);

    const br = await get("/fast", "gzip, deflate, br");
    expect(br.encoding).toBe("br");
    expect(br.body).toBe(PAGE.join(""));
  });

  it("still streams a page whose render is slow: its first part arrives long before the end", async () => {
    const slow = await get("/slow", "gzip");
    expect(slow.body).toBe(PAGE.join(""));
    expect(slow.arrivals.length).toBeGreaterThanOrEqual(2);
    expect(slow.arrivals[0]).toBeLessThan(300 - FLUSH_DELAY_MS);
  });

  it("compresses JSON whose type was set as an array", async () => {
    const json = await get("/json", "gzip");
    expect(json.encoding).toBe("gzip");
    expect(JSON.parse(json.body)).toEqual({ data: PAGE });
  });

  it("leaves small bodies, no-transform responses and clients without compression alone", async () => {
    expect((await get("/small", "gzip")).encoding).toBeUndefined();
    const noTransform = await get("/no-transform", "gzip");
    expect(noTransform.encoding).toBeUndefined();
    expect(noTransform.body).toBe(PAGE.join(""));
    const identity = await get("/fast", "identity");
    expect(identity.encoding).toBeUndefined();
    expect(identity.body).toBe(PAGE.join(""));
  });
});

describe("cached pages", () => {
  it("are compressed once per version and sent with their length", async () => {
    cachedVersion = "v1";
    const first = await get("/cached", "gzip, deflate, br");
    expect(first.encoding).toBe("br");
    expect(first.body).toBe(`v1${PAGE.join("")}`);
    expect(Number(first.length)).toBe(first.raw.length);
    expect(first.vary).toMatch(/Accept-Encoding/);
    expect(store.size).toBe(1);
    const second = await get("/cached", "gzip, deflate, br");
    expect(second.raw.equals(first.raw)).toBe(true);
    expect(store.size).toBe(1);

    const gzip = await get("/cached", "gzip");
    expect(gzip.encoding).toBe("gzip");
    expect(gzip.body).toBe(`v1${PAGE.join("")}`);

    // A new version of the page is a new entry, never the old bytes.
    cachedVersion = "v2";
    const changed = await get("/cached", "gzip, deflate, br");
    expect(changed.body).toBe(`v2${PAGE.join("")}`);
    // br and gzip of v1, br of v2; pages that are not whole cached pages are never kept.
    expect(store.size).toBe(3);
    await get("/fast", "gzip");
    await get("/json", "gzip");
    expect(store.size).toBe(3);

    const plain = await get("/cached", "identity");
    expect(plain.encoding).toBeUndefined();
    expect(plain.body).toBe(`v2${PAGE.join("")}`);
  });
});

describe("CompressedPages", () => {
  it("keeps the most recently used within its bytes", () => {
    const pages = new CompressedPages(1600);
    const body = (n: number) => Buffer.alloc(n);
    pages.set("a", body(100));
    pages.set("b", body(100));
    pages.get("a");
    for (let i = 0; i < 15; i++) pages.set(`c${i}`, body(100));
    expect(pages.get("a")).toBeDefined();
    expect(pages.get("b")).toBeUndefined();
    expect(pages.size).toBe(16);
    // A body over a sixteenth of the whole is not kept.
    pages.set("big", body(101));
    expect(pages.get("big")).toBeUndefined();
  });
});

describe("chooseEncoding", () => {
  it("takes what the client accepts, brotli on a tie", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBeNull();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
