import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * For local runs only: a secret generated once and kept in the data folder, so a fresh clone
 * starts without configuration while sessions survive restarts. Production must set AUTH_SECRET.
 */
export async function localAuthSecret(dataDir: string): Promise<string> {
  const file = path.join(path.resolve(dataDir), "auth-secret");
  if (existsSync(file)) {
    const secret = (await readFile(file, "utf8")).trim();
    if (secret.length >= 32) return secret;
  }
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
