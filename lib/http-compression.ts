import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import compression from "compression";

/**
 * How long a streamed page's flush may wait for more of the page. Next flushes after every chunk
 * it writes, which for a page rendered in a few milliseconds means dozens of tiny compressed
 * blocks, each one a trip to the thread pool (measured: search page 146 → 93 req/s with gzip).
 * Coalesced, a fast page is compressed in one pass, and a slow one still reaches the browser
 * piece by piece, at most this late.
 */
export const FLUSH_DELAY_MS = 20;

type Response = ServerResponse & { flush?: () => void };
type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Bytes of compressed pages kept per instance (a page is about 10 KB compressed). */
export const COMPRESSED_PAGES_BYTES = 8 * 1024 * 1024;

/**
 * Response compression for the app's server (scripts/serve.ts): brotli (quality 4) when the client
 * accepts it, else gzip, for compressible types above 1 KB, never for `Cache-Control:
 * no-transform`; a client that goes away mid-response releases its compression stream. A page
 * Next serves whole from its cache is compressed once per version (its ETag) and then sent from
 * `CompressedPages`.
 */
export function createCompression({
  pages = new CompressedPages(COMPRESSED_PAGES_BYTES),
}: { pages?: CompressedPages } = {}): Handler {
  const compress = compression({
    threshold: 1024,
    // Next sets the headers of route handlers' responses (the API) as arrays, which the
    // default filter takes for "no type": it would leave every JSON answer uncompressed.
    filter: (req, res) => {
      const type = res.getHeader("Content-Type");
      if (Array.isArray(type)) res.setHeader("Content-Type", type.join(", "));
      return compression.filter(req, res);
    },
  }) as unknown as Handler;
  return (req, res, next) => {
    // ServerResponse's own end, before the middleware wraps it.
    const end = res.end.bind(res) as (body: Buffer) => ServerResponse;
    compress(req, res, () => {
      coalesceFlushes(res);
      serveCachedPagesCompressed(req, res, end, pages);
      next();
    });
  };
}

/** Compressed copies of whole pages by encoding, address and ETag; least recently used go first. */
export class CompressedPages {
  readonly #entries = new Map<string, Buffer>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): Buffer | undefined {
    const body = this.#entries.get(key);
    if (body) {
      this.#entries.delete(key);
      this.#entries.set(key, body);
    }
    return body;
  }

  set(key: string, body: Buffer): void {
    if (body.length > this.maxBytes / 16) return;
    const previous = this.#entries.get(key);
    if (previous) this.#bytes -= previous.length;
    this.#entries.delete(key);
    this.#entries.set(key, body);
    this.#bytes += body.length;
    for (const [oldest, value] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= value.length;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** br or gzip, whichever the client accepts with the higher weight (br on a tie), else none. */
export function chooseEncoding(header: string | string[] | undefined): "br" | "gzip" | null {
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get("*") ?? 0;
  const br = weight("br");
  const gzip = weight("gzip");
  if (br > 0 && br >= gzip) return "br";
  return gzip > 0 ? "gzip" : null;
}

/**
 * Next sends a page from its full-route cache whole, in one `end()`, with an ETag (a hash of
 * the page) and `x-nextjs-cache: HIT`. Compressing it on every request cost cached pages a
 * fifth of their throughput; the compressed copy is kept instead and sent with its length.
 * Everything else (rendered pages, streams, the API) goes through the middleware.
 */
function serveCachedPagesCompressed(
  req: IncomingMessage,
  res: ServerResponse,
  end: (body: Buffer) => ServerResponse,
  pages: CompressedPages,
): void {
  const encoding = req.method === "GET" ? chooseEncoding(req.headers["accept-encoding"]) : null;
  if (!encoding) return;
  const compressedWrite = res.write;
  const compressedEnd = res.end;
  let written = false;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    written = true;
    return (compressedWrite as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    const [chunk] = args;
    const etag = res.getHeader("ETag");
    const whole =
      !written &&
      !res.headersSent &&
      res.statusCode === 200 &&
      (typeof chunk === "string" || Buffer.isBuffer(chunk)) &&
      typeof etag === "string" &&
      res.getHeader("x-nextjs-cache") === "HIT" &&
      !/\bno-transform\b/.test(String(res.getHeader("Cache-Control") ?? "")) &&
      compression.filter(req as never, res as never);
    if (whole) {
      const body = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      if (body.length >= 1024) {
        const key = `${encoding} ${req.url ?? ""} ${etag}`;
        let packed = pages.get(key);
        if (!packed) {
          packed =
            encoding === "br"
              ? zlib.brotliCompressSync(body, {
                  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
                })
              : zlib.gzipSync(body);
          pages.set(key, packed);
        }
        // The middleware sees the encoding when the headers go out, adds `Vary` and leaves
        // the body alone.
        res.setHeader("Content-Encoding", encoding);
        res.setHeader("Content-Length", packed.length);
        return end(packed);
      }
    }
    return (compressedEnd as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.end;
}

function coalesceFlushes(res: Response): void {
  const flush = res.flush;
  if (!flush) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  res.flush = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!res.writableEnded) flush.call(res);
    }, FLUSH_DELAY_MS);
  };
  res.once("close", () => clearTimeout(timer));
  res.once("finish", () => clearTimeout(timer));
}
