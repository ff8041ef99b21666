/** Runs once per app instance at start-up (Next.js instrumentation hook). */
export async function register() {
  // NEXT_RUNTIME is replaced at compile time, which keeps the Node.js-only job runner (and the
  // database client it imports) out of the edge bundle; it cannot go through lib/env.ts.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { releaseAbortReasonStacks } = await import("@/lib/abort-reason-stacks");
    releaseAbortReasonStacks();
    const { startJobRunnerForServer } = await import("@/lib/jobs/start");
    await startJobRunnerForServer();
  }
}
