import { db } from "@/lib/db";

const TIMEOUT_MS = 3_000;

/** Liveness and readiness for load balancers: 200 when the database answers, 503 otherwise. */
export async function GET() {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    return Response.json(
      { status: "ok", database: "up", latencyMs },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "error", database: "down" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
