import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { contractValidator } from "./contract";
import { buildOpenApiDocument, componentSchemas } from "./openapi";

const SITE = "https://atlas.example.org";

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument(SITE);

  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator itself can fail: a response without its required description.
    const broken = structuredClone(document) as { paths: Record<string, unknown> };
    broken.paths["/broken"] = { get: { responses: { "200": {} } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("names the server, the licence and every endpoint", () => {
    expect(document.servers).toEqual([{ url: `${SITE}/api/v1` }]);
    expect(document.info.license.name).toBe("CC BY 4.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/causes",
      "/countries",
      "/dump.json",
      "/initiatives",
      "/initiatives/{slug}",
      "/openapi.json",
    ]);
  });

  it("resolves every $ref it contains", () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const pointer = ref.slice(8, -1);
      const target = pointer
        .slice(2)
        .split("/")
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], document);
      expect(target, pointer).toBeDefined();
    }
  });

  it("generates its schemas from the response schemas, without $id or dialect", () => {
    const schemas = componentSchemas();
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["InitiativeList", "InitiativeDetail", "Dump", "Problem"]),
    );
    for (const schema of Object.values(schemas)) {
      expect(schema).not.toHaveProperty("$id");
      expect(schema).not.toHaveProperty("$schema");
    }
  });

  it("lets the contract check tell a good body from a bad one", () => {
    const check = contractValidator(document);
    const problem = { type: "about:blank", title: "Not Found", status: 404, detail: "none" };
    expect(check("/initiatives/{slug}", 404, "application/problem+json", problem)).toEqual([]);
    expect(
      check("/initiatives/{slug}", 404, "application/problem+json", { ...problem, status: "x" }),
    ).not.toEqual([]);
    expect(check("/countries", 200, "application/json", { data: [{ code: "KZ" }] })).not.toEqual(
      [],
    );
    expect(
      check("/countries", 200, "application/json", {
        data: [
          { code: "KZ", name: "Kazakhstan", initiativeCount: 3, url: `${SITE}/en/countries/kz` },
        ],
      }),
    ).toEqual([]);
    // An undocumented field (say, an email address) fails the check.
    expect(
      check("/countries", 200, "application/json", {
        data: [{ code: "KZ", name: "K", initiativeCount: 3, url: `${SITE}/x`, email: "a@b.org" }],
      }),
    ).not.toEqual([]);
  });
});
