import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/testing/databases";

// Each integration test file runs on its own freshly migrated database, cloned from the template.
const { adminUrl, urlTemplate, templateDatabase } = inject("testServer");
const name = uniqueDatabaseName("civic_atlas_test");
await createDatabase(adminUrl, name, templateDatabase);

process.env.DATABASE_URL = urlTemplate.replace("__DATABASE__", name);
process.env.TEST_DATABASE_ADMIN_URL ??= adminUrl;

afterAll(async () => {
  await dropDatabase(adminUrl, name);
});
