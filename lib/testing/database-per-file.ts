import { afterAll, inject } from "vitest";
import { setTestDatabaseUrl } from "@/lib/env";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/testing/databases";

// Each integration test file runs on its own freshly migrated database, cloned from the template.
const { adminUrl, urlTemplate, templateDatabase } = inject("testServer");
const name = uniqueDatabaseName("civic_atlas_test");
await createDatabase(adminUrl, name, templateDatabase);

setTestDatabaseUrl(urlTemplate.replace("__DATABASE__", name));

afterAll(async () => {
  await dropDatabase(adminUrl, name);
});
