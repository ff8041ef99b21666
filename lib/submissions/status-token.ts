import { createHash, createHmac } from "node:crypto";
import { getEnv } from "@/lib/env";

/**
 * The private status link of a submission. Its token is derived from the submission's id with the
 * app's secret rather than stored, so every email about the submission can carry the same link
 * without the token being kept in clear anywhere; the database holds only its SHA-256 and looks
 * submissions up by that. Rotating AUTH_SECRET invalidates every status link.
 */

const PURPOSE = "submission-status:";
/** 32 bytes of HMAC-SHA256 in base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The app's signing secret (also signs the form's start time, see anti-abuse.ts). */
export function submissionSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  // `npm start` always provides a secret; only the test runner reaches this without one.
  if (env.NODE_ENV === "test") return "test-only-secret-for-submission-status-links";
  throw new Error("AUTH_SECRET is not set: status links cannot be made.");
}

export function statusTokenFor(submissionId: string): string {
  return createHmac("sha256", submissionSecret())
    .update(PURPOSE + submissionId, "utf8")
    .digest("base64url");
}

/** What `Submission.statusTokenHash` stores. */
export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isStatusTokenShaped(token: unknown): token is string {
  return typeof token === "string" && TOKEN_SHAPE.test(token);
}

/** The status page's path (prefix it with the site URL for emails). */
export function statusPath(locale: string, submissionId: string): string {
  return `/${locale}/submit/status/${statusTokenFor(submissionId)}`;
}
