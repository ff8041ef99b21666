import { createHash } from "node:crypto";

/** A strong validator: the same body always has the same tag, any change gives another. */
export function etagFor(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names the current representation. RFC 9110 §13.1.2: the comparison is
 * weak (a `W/` prefix is ignored) and `*` matches anything that exists.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  const current = bare(etag);
  return header.split(",").some((candidate) => bare(candidate) === current);
}
