import type { TestProject } from "vitest/node";
import { migrateDeploy } from "@/lib/migrate";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/lib/testing/databases";
import { startTestServer } from "@/lib/testing/test-server";

declare module "vitest" {
  export interface ProvidedContext {
    testServer: { adminUrl: string; urlTemplate: string; templateDatabase: string };
  }
}

/**
 * Migrates one template database per run with the real migrations; every test file then gets a
 * fresh copy of it (see database-per-file.ts).
 */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = uniqueDatabaseName("civic_atlas_tpl");
  await createDatabase(server.adminUrl, template);
  try {
    await migrateDeploy(server.url(template));
  } catch (error) {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
    throw error;
  }
  project.provide("testServer", {
    adminUrl: server.adminUrl,
    urlTemplate: server.url("__DATABASE__"),
    templateDatabase: template,
  });
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}
