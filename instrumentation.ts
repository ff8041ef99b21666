/** Runs once per app instance at start-up (Next.js instrumentation hook). */
export async function register() {
  const { getEnv, nextProcess } = await import("@/lib/env");
  const { runtime, building } = nextProcess();
  // Only a serving Node.js instance runs jobs: not the edge runtime, not `next build`.
  if (runtime !== "nodejs" || building || !getEnv().DATABASE_URL) return;
  const [{ createPrismaClient }, { startJobRunner }] = await Promise.all([
    import("@/lib/db-client"),
    import("@/lib/jobs/runner"),
  ]);
  startJobRunner(createPrismaClient(getEnv().DATABASE_URL!, 2));
}
