import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests run the data layer directly.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
  "next/cache": path.resolve(import.meta.dirname, "lib/testing/next-cache-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{app,components,lib,prisma,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.{ts,tsx}", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{app,components,lib,prisma,scripts}/**/*.int.test.{ts,tsx}"],
          exclude: ["**/node_modules/**"],
          environment: "node",
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/database-per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files run in parallel, each on its own database.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
