import { z } from "zod";

/**
 * The only place that reads `process.env`. Everything else imports `env` (the app) or calls
 * `parseEnv` (the CLIs, which validate before doing anything).
 */

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "postgresql:" || url.protocol === "postgres:") &&
        url.hostname !== "" &&
        url.pathname.length > 1
      );
    } catch {
      return false;
    }
  },
  { error: "must look like postgresql://user:password@host:5432/database" },
);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional(),
    /** Pool size per app instance; keep instances x pool below the server's max_connections. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    AUTH_SECRET: z
      .string()
      .min(32, { error: "must be at least 32 characters (openssl rand -base64 32)" })
      .optional(),
    SITE_URL: z
      .url({ error: "must be an absolute URL such as https://atlas.example.org" })
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SEED_ON_START: flag.default(true),
    DATA_DIR: z.string().min(1).default(".data"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    /**
     * Reverse proxies in front of the app whose X-Forwarded-For entries are trusted (0 = none:
     * the address is the TCP peer's and any X-Forwarded-For sent by clients is ignored).
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /**
     * Whether the app gzips its responses itself. Compression runs on the CPU that renders pages
     * (it cost a third to two thirds of the throughput in bench/RESULTS.md): turn it off when a
     * reverse proxy or CDN in front compresses.
     */
    HTTP_COMPRESSION: flag.default(true),
    /**
     * V8 heap limit of the app server process (scripts/start.ts passes it as
     * --max-old-space-size; 0 leaves V8's default, sized by the machine's memory). The build
     * runs without it: `next build` needs more.
     */
    SERVER_MAX_HEAP_MB: z.coerce
      .number()
      .int()
      .refine((value) => value === 0 || (value >= 128 && value <= 65_536), {
        error: "must be 0 (V8's default) or between 128 and 65536",
      })
      .default(224),
    /** Build output folder; the e2e tests build into their own so a running app is untouched. */
    NEXT_DIST_DIR: z
      .string()
      .regex(/^\.next[\w-]*$/, { error: "must be .next or start with .next" })
      .default(".next"),

    // Partner submissions (lib/submissions): anti-abuse limits, counted in PostgreSQL.
    SUBMISSION_LIMIT_PER_IP: z.coerce.number().int().min(1).max(10_000).default(5),
    SUBMISSION_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).max(10_000).default(3),
    /** The window the two limits above count in, in minutes. */
    SUBMISSION_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    /** Forms sent faster than this after they were shown are treated as bots. */
    SUBMISSION_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
    /** Cloudflare Turnstile; both keys set turns the check on. */
    TURNSTILE_SITE_KEY: z.string().min(1).optional(),
    TURNSTILE_SECRET_KEY: z.string().min(1).optional(),

    // Email (lib/email): always recorded in the outbox; sent when SMTP_URL is set.
    /** e.g. smtp://user:pass@smtp.example.org:587 or smtps://…:465 */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "must look like smtp://user:password@host:587" })
      .optional(),
    MAIL_FROM: z.string().min(3).default("Civic Atlas <no-reply@civic-atlas.local>"),
    /** Staff notifications go here; when unset, to every active admin and editor. */
    STAFF_NOTIFY_EMAIL: z.email({ error: "must be an email address" }).optional(),

    // Media storage: the local disk under DATA_DIR/media unless S3_BUCKET is set.
    S3_ENDPOINT: z.url({ error: "must be an absolute URL" }).optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),

    // Public API v1 (app/api/v1): requests per client address per minute.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (generate one with: openssl rand -base64 32)",
      });
    }
    if (!!value.TURNSTILE_SITE_KEY !== !!value.TURNSTILE_SECRET_KEY) {
      ctx.addIssue({
        code: "custom",
        path: [value.TURNSTILE_SITE_KEY ? "TURNSTILE_SECRET_KEY" : "TURNSTILE_SITE_KEY"],
        message: "must be set together with the other Turnstile key",
      });
    }
    if (value.S3_BUCKET) {
      for (const key of ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!value[key])
          ctx.addIssue({ code: "custom", path: [key], message: "is required with S3_BUCKET" });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

/** Validates an environment; on failure returns one line naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): EnvResult {
  // Empty strings mean "unset" (a blank line in .env must not count as a value).
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  return { ok: false, message: `Invalid configuration: ${problems.join("; ")}.` };
}

let cached: Env | undefined;

/** The validated environment of the running app. Throws a one-line error when it is invalid. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = parseEnv();
  if (!result.ok) throw new Error(result.message);
  cached = result.env;
  return cached;
}

/** The database URL the app must use; the start command always provides one. */
export function getDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) {
    throw new Error(
      "Invalid configuration: DATABASE_URL is not set (start the app with `npm start`, which provides a database).",
    );
  }
  return url;
}

export function getSiteUrl(): string {
  const env = getEnv();
  return (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** The environment for a child process (CLIs the app runs), with overrides. */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

const testEnvSchema = z.object({
  /** A local server for the tests; when unset they run an embedded one. */
  TEST_DATABASE_ADMIN_URL: postgresUrl.optional(),
  TEST_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54339),
});

export function getTestEnv() {
  const result = testEnvSchema.safeParse(process.env);
  if (!result.success) throw new Error(`Invalid test configuration: ${result.error.message}`);
  return result.data;
}

/** Points the data layer of this test file at its own database. */
export function setTestDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = undefined;
}

/** Set by Next.js: whether this process is running `next build`. */
export function nextProcess(): { building: boolean } {
  return { building: process.env.NEXT_PHASE === "phase-production-build" };
}
