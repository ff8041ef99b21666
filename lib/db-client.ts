import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Builds a Prisma client on the pg driver. The app uses the singleton in lib/db.ts; CLIs and
 * tests build their own with the URL they were given. */
export function createPrismaClient(connectionString: string, max = 10) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5_000 }),
    // Password hashes never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
