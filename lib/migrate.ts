import { spawn } from "node:child_process";
import path from "node:path";
import { childEnv } from "@/lib/env";

const PRISMA_CLI = path.resolve(import.meta.dirname, "../node_modules/prisma/build/index.js");

/**
 * Applies pending migrations with `prisma migrate deploy` (through the WebAssembly schema engine
 * configured in prisma.config.ts). Resolves with the CLI's output; rejects with its last lines.
 */
export function migrateDeploy(databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, "migrate", "deploy"], {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: childEnv({ DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else {
        const tail = output.trim().split("\n").slice(-6).join(" ").replace(/\s+/g, " ");
        reject(new Error(`migrations failed: ${tail}`));
      }
    });
  });
}
