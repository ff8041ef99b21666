/**
 * The client's address as the server saw it. The app's HTTP server (scripts/serve.ts) replaces
 * any X-Forwarded-For a client sent with the one address it trusts: the TCP peer, or, behind
 * TRUSTED_PROXY_HOPS proxies, the entry those proxies appended. A spoofed header therefore cannot
 * move a client out of its own rate limits.
 */
export function trustedClientAddress(
  forwardedFor: string | string[] | undefined,
  peer: string | undefined,
  trustedHops: number,
): string {
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = [...chain, peer ?? "unknown"];
  // The last `trustedHops` entries were written by our proxies; the one before is the client.
  const index = Math.max(0, hops.length - 1 - trustedHops);
  return normalizeAddress(hops[index] ?? "unknown");
}

function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:/, "").slice(0, 64);
}

/** The client address of a request handled by the app's server (see trustedClientAddress). */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
