import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { getDatabaseUrl, getEnv } from "@/lib/env";

const globalForDb = globalThis as unknown as { civicAtlasDb?: Db };

/** One client per process (reused across hot reloads in development). */
export const db: Db =
  globalForDb.civicAtlasDb ?? createPrismaClient(getDatabaseUrl(), getEnv().DATABASE_POOL_MAX);
if (getEnv().NODE_ENV !== "production") globalForDb.civicAtlasDb = db;
