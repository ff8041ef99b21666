import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { FeedError, MAX_FEED_BYTES } from "@/lib/imports/feed-types";

/**
 * Fetching a feed by URL for staff. The server fetches what a user names, which is a
 * server-side request forgery risk: only http(s) on the standard ports is fetched, and names
 * that resolve to loopback, private, link-local or other non-public addresses are refused, on
 * every redirect hop. (A DNS answer that changes between the check and the connection could
 * still slip through; the fetched text is only ever parsed as a feed, never shown raw.)
 */

export const FETCH_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;

export interface FetchOptions {
  fetchImpl?: typeof fetch;
  resolve?: (hostname: string) => Promise<string[]>;
  timeoutMs?: number;
  maxBytes?: number;
}

function ipv4Blocked(ip: string): boolean {
  const [a = 0, b = 0] = ip.split(".").map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** Whether an address is not on the public internet. */
export function isBlockedAddress(ip: string): boolean {
  const version = isIP(ip);
  if (version === 4) return ipv4Blocked(ip);
  if (version !== 6) return true;
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Blocked(mapped[1]!);
  return (
    lower === "::" ||
    lower === "::1" ||
    /^f[cd]/.test(lower) || // unique local fc00::/7
    /^fe[89ab]/.test(lower) || // link-local fe80::/10
    lower.startsWith("ff") || // multicast
    lower.startsWith("::ffff:") ||
    lower.startsWith("64:ff9b:")
  );
}

async function defaultResolve(hostname: string): Promise<string[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}

/** The URL if it may be fetched; throws FeedError otherwise. */
export async function checkFeedUrl(
  raw: string,
  resolve: (hostname: string) => Promise<string[]> = defaultResolve,
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FeedError("bad_url");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new FeedError("bad_scheme");
  if (url.username || url.password) throw new FeedError("credentials");
  if (url.port && url.port !== "80" && url.port !== "443") throw new FeedError("bad_port");
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || /\.(localhost|local|internal|home\.arpa)$/.test(host))
    throw new FeedError("blocked_address");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    throw new FeedError("unknown_host", { host });
  }
  if (addresses.length === 0 || addresses.some(isBlockedAddress))
    throw new FeedError("blocked_address");
  return url;
}

/** The charset named by a Content-Type header or an XML declaration; UTF-8 otherwise. */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const named =
    /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1] ??
    /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(named).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const tooLarge = (max: number) =>
  new FeedError("too_large", { size: Math.round(max / 1024 / 1024) });

async function readLimited(response: Response, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > max) throw tooLarge(max);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Fetches a feed's text; every failure is a FeedError with a message for staff. */
export async function fetchFeed(raw: string, options: FetchOptions = {}): Promise<string> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const max = options.maxBytes ?? MAX_FEED_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = await checkFeedUrl(raw, options.resolve);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(url, {
        redirect: "manual",
        signal,
        headers: {
          accept: "application/rss+xml, application/atom+xml, application/xml, text/xml, */*",
          "user-agent": "CivicAtlas-FeedImporter/1.0",
        },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.get("location")) {
        if (hop >= MAX_REDIRECTS) throw new FeedError("redirects");
        url = await checkFeedUrl(
          new URL(response.headers.get("location")!, url).toString(),
          options.resolve,
        );
        continue;
      }
      if (!response.ok) {
        throw new FeedError("http_status", {
          status: `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        });
      }
      const bytes = await readLimited(response, max);
      return decodeFeedBytes(bytes, response.headers.get("content-type"));
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw new FeedError("timeout", { seconds: timeoutMs / 1000 });
    const reason =
      error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error);
    throw new FeedError("unreachable", { reason });
  }
}
