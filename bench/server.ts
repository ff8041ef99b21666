/**
 * The production server under test, started with the project's start command on the benchmark
 * database (its build in .next-bench, its local data in .data/bench, port 3300), and stopped
 * with SIGINT to the tsx process. `next build` into a custom folder adds it to tsconfig.json and
 * rewrites next-env.d.ts: both are put back byte for byte, with their times, so that neither git
 * nor the start command's build fingerprint sees a change.
 */
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import { childEnv } from "../lib/env";
import { memoryOf, processTree, type Memory } from "./processes";

const ROOT = path.resolve(import.meta.dirname, "..");
export const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const DIST_DIR = ".next-bench";
const DATA_DIR = ".data/bench";
const PROTECTED = ["tsconfig.json", "next-env.d.ts"];
const READY_TIMEOUT_MS = 20 * 60_000;
/** The server's whole output, kept outside the project (the tail is printed on failure). */
export const SERVER_LOG = path.join(os.tmpdir(), "civic-atlas-bench-server.log");

interface Snapshot {
  file: string;
  content: Buffer;
  /** Nanoseconds: the build fingerprint (lib/build-fingerprint.ts) reads mtimeMs to the µs. */
  mtimeNs: bigint;
}

function snapshot(): Snapshot[] {
  return PROTECTED.map((name) => {
    const file = path.join(ROOT, name);
    return { file, content: readFileSync(file), mtimeNs: statSync(file, { bigint: true }).mtimeNs };
  });
}

function restore(snapshots: Snapshot[]) {
  for (const { file, content, mtimeNs } of snapshots) {
    if (!readFileSync(file).equals(content)) writeFileSync(file, content);
    if (statSync(file, { bigint: true }).mtimeNs === mtimeNs) continue;
    // fs.utimes takes seconds as a double, which cannot hold every nanosecond; touch can.
    const ns = String(mtimeNs % 1_000_000_000n).padStart(9, "0");
    spawnSync("touch", ["-m", "-d", `@${mtimeNs / 1_000_000_000n}.${ns}`, file]);
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export interface BenchServer {
  baseUrl: string;
  /** Memory of every process of the server (tsx, the start script, next-server). */
  memory(): Memory[];
  /** Throws when the server has exited. */
  assertRunning(): void;
  stop(): Promise<void>;
}

export async function startBenchServer(databaseUrl: string, port: number): Promise<BenchServer> {
  if (await portInUse(port)) throw new Error(`port ${port} is in use: stop what listens there`);
  const snapshots = snapshot();
  const log: string[] = [];
  const child = spawn(process.execPath, [TSX_CLI, "scripts/start.ts"], {
    cwd: ROOT,
    env: childEnv({
      DATABASE_URL: databaseUrl,
      SEED_ON_START: "false",
      NEXT_DIST_DIR: DIST_DIR,
      PORT: String(port),
      DATA_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      // The load comes from one address: the API's per-address limit at its maximum, so the
      // benchmark measures the counter's cost without being refused.
      API_RATE_LIMIT_PER_MINUTE: "100000",
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  writeFileSync(SERVER_LOG, "");
  const onOutput = (chunk: Buffer) => {
    appendFileSync(SERVER_LOG, chunk);
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      log.push(line);
      if (log.length > 80) log.shift();
      if (line.startsWith("civic-atlas:") || /Compiled|Generating|error/i.test(line)) {
        console.log(`  server: ${line.trim()}`);
      }
    }
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const pid = child.pid!;
  let known: number[] = [pid];

  const cleanUp = async () => {
    if (running) {
      known = processTree(pid);
      child.kill("SIGINT");
      const timeout = new Promise((resolve) => setTimeout(resolve, 30_000, "timeout"));
      if ((await Promise.race([exited, timeout])) === "timeout") {
        // Only the processes this benchmark started, by id.
        for (const id of known.reverse()) {
          try {
            process.kill(id, "SIGKILL");
          } catch {
            // Already gone.
          }
        }
      }
    }
    restore(snapshots);
    rmSync(path.join(ROOT, DIST_DIR), { recursive: true, force: true });
    rmSync(path.join(ROOT, DATA_DIR), { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (!running)
        throw new Error(`the server exited (${SERVER_LOG}):\n${log.slice(-30).join("\n")}`);
      if (Date.now() > deadline) throw new Error("the server was not ready in time");
      const ok = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } catch (error) {
    await cleanUp();
    throw error;
  }
  // The build is done: give tsconfig.json and next-env.d.ts back now, not only at the end.
  restore(snapshots);
  return {
    baseUrl,
    memory: () =>
      processTree(pid)
        .map(memoryOf)
        .filter((m) => m !== null),
    assertRunning: () => {
      if (!running)
        throw new Error(`the server exited (${SERVER_LOG}):\n${log.slice(-30).join("\n")}`);
    },
    stop: cleanUp,
  };
}
