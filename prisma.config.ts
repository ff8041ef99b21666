import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The Prisma CLI runs `prisma migrate ...` through a native schema-engine binary that it would
// download from Prisma's binary host, which our machines cannot reach. Point it at our adapter,
// which serves the same protocol with Prisma's WebAssembly schema engine (see
// prisma/engine/schema-engine.mjs). An engine chosen explicitly through the environment wins.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !process.env.PRISMA_MIGRATION_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(
    new URL("./prisma/engine/schema-engine.mjs", import.meta.url),
  );
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    // The dummy URL only lets `prisma generate` (run at npm install) load this config when no
    // database is configured; commands that touch a database need a real DATABASE_URL.
    url:
      process.env.DATABASE_URL ??
      "postgresql://placeholder@database-url-is-not-set.invalid:5432/placeholder",
  },
});
