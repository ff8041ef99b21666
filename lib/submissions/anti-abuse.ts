import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "@/lib/db-client";
import { getEnv } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit";
import { HONEYPOT_FIELD } from "./form-state";
import { submissionSecret } from "./status-token";

/**
 * The public form's defences, cheapest first: a honeypot field people never see, a minimum time
 * between showing the form and sending it (the start time is signed, so a bot cannot backdate
 * it), Cloudflare Turnstile when keys are configured, and rate limits per client address and per
 * contact email counted in PostgreSQL (so they hold across app instances).
 */

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";
/** A form kept open longer than this is refused; the page then shows a fresh one. */
const MAX_FORM_AGE_MS = 2 * 24 * 60 * 60 * 1000;

function sign(value: string): string {
  return createHmac("sha256", submissionSecret())
    .update(`submission-form:${value}`)
    .digest("base64url");
}

/** The hidden start-time field's value: milliseconds since the epoch and their signature. */
export function signFormStart(now = Date.now()): string {
  return `${now}.${sign(String(now))}`;
}

export type TimingCheck = "ok" | "tooFast" | "invalid" | "expired";

export function checkFormTiming(
  value: unknown,
  minSeconds = getEnv().SUBMISSION_MIN_FILL_SECONDS,
  now = Date.now(),
): TimingCheck {
  if (typeof value !== "string") return "invalid";
  const [time, signature] = value.split(".");
  if (!time || !signature || !/^\d{10,16}$/.test(time)) return "invalid";
  const expected = Buffer.from(sign(time));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const elapsed = now - Number(time);
  if (elapsed > MAX_FORM_AGE_MS || elapsed < -60_000) return "expired";
  return elapsed < minSeconds * 1000 ? "tooFast" : "ok";
}

export function honeypotFilled(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.trim() !== "";
}

/**
 * The rate-limit bucket of an address. IPv6 clients usually hold a whole /64, so they are
 * counted per /64; otherwise one machine could rotate through addresses without end.
 */
export function addressBucket(ip: string): string {
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export type RateLimitCheck =
  { allowed: true } | { allowed: false; by: "ip" | "email"; retryAfterSeconds: number };

/** Counts one submission for the address and, when that passes, for the contact email. */
export async function consumeSubmissionLimits(
  db: Db,
  { ip, email }: { ip: string; email: string | null },
): Promise<RateLimitCheck> {
  const env = getEnv();
  const windowSeconds = env.SUBMISSION_LIMIT_WINDOW_MINUTES * 60;
  const byIp = await consumeRateLimit(db, `submission:ip:${addressBucket(ip)}`, {
    limit: env.SUBMISSION_LIMIT_PER_IP,
    windowSeconds,
  });
  if (!byIp.allowed) return { allowed: false, by: "ip", retryAfterSeconds: byIp.retryAfterSeconds };
  if (!email) return { allowed: true };
  const byEmail = await consumeRateLimit(db, `submission:email:${email.toLowerCase()}`, {
    limit: env.SUBMISSION_LIMIT_PER_EMAIL,
    windowSeconds,
  });
  return byEmail.allowed
    ? { allowed: true }
    : { allowed: false, by: "email", retryAfterSeconds: byEmail.retryAfterSeconds };
}

/** Edits through a status link: generous, but a leaked link cannot be used to flood moderators. */
export async function consumeEditLimit(db: Db, submissionId: string): Promise<boolean> {
  const result = await consumeRateLimit(db, `submission:edit:${submissionId}`, {
    limit: 30,
    windowSeconds: 3600,
  });
  return result.allowed;
}

/** The Turnstile site key when the check is on (both keys set), else null. */
export function turnstileSiteKey(): string | null {
  const env = getEnv();
  return env.TURNSTILE_SITE_KEY && env.TURNSTILE_SECRET_KEY ? env.TURNSTILE_SITE_KEY : null;
}

export type TurnstileCheck = "off" | "ok" | "failed" | "unavailable";

/**
 * Verifies a Turnstile token with Cloudflare. Fails closed: when Cloudflare cannot be reached the
 * submission is refused with a "try again" message rather than let through unchecked.
 */
export async function verifyTurnstile(
  token: unknown,
  ip: string,
  fetcher: typeof fetch = fetch,
): Promise<TurnstileCheck> {
  const secret = getEnv().TURNSTILE_SECRET_KEY;
  if (!secret || !turnstileSiteKey()) return "off";
  if (typeof token !== "string" || token === "" || token.length > 2048) return "failed";
  const body = new URLSearchParams({ secret, response: token });
  if (ip && ip !== "unknown") body.set("remoteip", ip);
  try {
    const response = await fetcher(SITEVERIFY, {
      method: "POST",
      body,
      signal: AbortSignal.timeout(8000),
    });
    if (!response.ok) return "unavailable";
    const result = (await response.json()) as { success?: unknown };
    return result.success === true ? "ok" : "failed";
  } catch {
    return "unavailable";
  }
}
