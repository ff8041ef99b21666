/**
 * The app's HTTP server (run by scripts/start.ts): Next's request handler behind a plain Node
 * server that fixes X-Forwarded-For to the address it can trust, so rate limits and the audit
 * log see real client addresses (lib/request-ip.ts), and compresses responses unless
 * HTTP_COMPRESSION=false (lib/http-compression.ts).
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { getEnv } from "../lib/env";
import { createCompression } from "../lib/http-compression";
import { trustedClientAddress } from "../lib/request-ip";

const dev = process.argv.includes("--dev");
const env = getEnv();
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), port: env.PORT });
const handle = app.getRequestHandler();
const compress = env.HTTP_COMPRESSION ? createCompression() : null;

await app.prepare();
const server = createServer((req, res) => {
  req.headers["x-forwarded-for"] = trustedClientAddress(
    req.headers["x-forwarded-for"],
    req.socket.remoteAddress,
    env.TRUSTED_PROXY_HOPS,
  );
  if (compress) compress(req, res, () => void handle(req, res));
  else void handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(env.PORT, () => {
  console.log(`civic-atlas: ready on http://localhost:${env.PORT}${dev ? " (development)" : ""}`);
});

const shutdown = () => server.close(() => process.exit(0));
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
