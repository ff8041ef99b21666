import { createPrismaClient } from "@/lib/db-client";
import { getEnv, nextProcess } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs/runner";

/** Starts this instance's job runner when it serves requests (not during `next build`). */
export async function startJobRunnerForServer(): Promise<void> {
  const env = getEnv();
  if (nextProcess().building || !env.DATABASE_URL) return;
  startJobRunner(createPrismaClient(env.DATABASE_URL, 2));
}
