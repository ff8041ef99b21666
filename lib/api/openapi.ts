import { z } from "zod";
import { LICENCE_NAME, LICENCE_URL } from "@/lib/api/licence";
import { MAX_PAGE, MAX_PER_PAGE } from "@/lib/api/params";
import { apiRegistry } from "@/lib/api/schemas";
import { CONTENT_LOCALES, UI_LOCALES } from "@/lib/i18n/locales";
import { ACTIVITY, PAGE_SIZE, QUERY_MAX_LENGTH, SORTS } from "@/lib/search/schemas";

type Json = Record<string, unknown>;

/** The response schemas, generated from the zod schemas that shape the responses. */
export function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(apiRegistry, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Inside an OpenAPI document the dialect is the document's, and a component is named by its
  // place, not by an $id (a bare-fragment $id is not valid JSON Schema 2020-12).
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const schemaRef = (name: string) => ref("schemas", name);

const json = (schema: Json) => ({ "application/json": { schema } });

const rateHeaders = {
  "RateLimit-Limit": ref("headers", "RateLimit-Limit"),
  "RateLimit-Remaining": ref("headers", "RateLimit-Remaining"),
};
const cacheHeaders = {
  ETag: ref("headers", "ETag"),
  "Cache-Control": ref("headers", "Cache-Control"),
  ...rateHeaders,
};

const ok = (description: string, schema: string, extra: Json = {}) => ({
  description,
  headers: { ...cacheHeaders, ...extra },
  content: json(schemaRef(schema)),
});

const errors = (...statuses: (400 | 404)[]) => ({
  "304": ref("responses", "NotModified"),
  ...Object.fromEntries(
    statuses.map((s) => [String(s), ref("responses", s === 400 ? "BadRequest" : "NotFound")]),
  ),
  "429": ref("responses", "TooManyRequests"),
});

const repeatable = (name: string, description: string, items: Json) => ({
  name,
  in: "query",
  description,
  required: false,
  style: "form",
  explode: true,
  schema: { type: "array", items },
});

const parameters = {
  locale: {
    name: "locale",
    in: "query",
    description:
      "Interface language of names, labels and page links. Without it, Accept-Language decides (and the response varies by it); initiative text falls back to another language when it has none in this one (see isFallback).",
    schema: { type: "string", enum: [...UI_LOCALES] },
  },
  q: {
    name: "q",
    in: "query",
    description:
      "Text search across every language's names, aliases, summaries, descriptions and places; diacritic-, script- and typo-tolerant.",
    schema: { type: "string", maxLength: QUERY_MAX_LENGTH },
  },
  country: repeatable("country", "ISO 3166-1 alpha-2 code; repeat for several (OR).", {
    type: "string",
    pattern: "^[A-Za-z]{2}$",
  }),
  cause: repeatable("cause", "Cause slug (see /causes); repeat for several (OR).", {
    type: "string",
  }),
  type: repeatable(
    "type",
    "Organisation type slug (see the `type` facet); repeat for several (OR).",
    {
      type: "string",
    },
  ),
  lang: repeatable("lang", "Language the initiative has text in; repeat for several (OR).", {
    type: "string",
    enum: [...CONTENT_LOCALES],
  }),
  status: repeatable("status", "Activity status; repeat for several (OR).", {
    type: "string",
    enum: [...ACTIVITY],
  }),
  sort: {
    name: "sort",
    in: "query",
    description: "Defaults to relevance with `q`, else to recently published.",
    schema: { type: "string", enum: [...SORTS] },
  },
  page: {
    name: "page",
    in: "query",
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 },
  },
  per_page: {
    name: "per_page",
    in: "query",
    description: `Page size; ${PAGE_SIZE} by default, as on the site, so pages match the site's listing.`,
    schema: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: PAGE_SIZE },
  },
  slug: {
    name: "slug",
    in: "path",
    required: true,
    schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
  },
};

const problem = (description: string, headers: Json = {}) => ({
  description,
  headers: { ...rateHeaders, ...headers },
  content: { "application/problem+json": { schema: schemaRef("Problem") } },
});

/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */
export function buildOpenApiDocument(site: string) {
  const localeOnly = [ref("parameters", "locale")];
  return {
    openapi: "3.1.0",
    info: {
      title: "Civic Atlas API",
      version: "1.0.0",
      summary:
        "Read-only access to the Civic Atlas directory of civic initiatives in Central Asia.",
      description: [
        "Published initiatives only; no personal data beyond what the public pages show. Initiatives marked `sensitive` never carry a city, region or people.",
        "Every response has an `ETag` (strong; weak for the dump, which is streamed): send it back in `If-None-Match` to get `304 Not Modified`. Responses may be cached for 60 seconds.",
        "Any origin may call the API from a browser (CORS, no credentials).",
        "Requests are rate-limited per client address (`RateLimit-Limit`, `RateLimit-Remaining`; `429` with `Retry-After` beyond it).",
        "Errors are `application/problem+json` (RFC 9457); `400` lists the refused parameters in `errors`.",
        `Data licence: ${LICENCE_NAME} (${LICENCE_URL}), attribution “Civic Atlas” with a link to ${site}.`,
      ].join("\n\n"),
      license: { name: LICENCE_NAME, url: LICENCE_URL },
    },
    servers: [{ url: `${site}/api/v1` }],
    externalDocs: {
      description: "Open data and the embeddable widget",
      url: `${site}/en/open-data`,
    },
    paths: {
      "/initiatives": {
        get: {
          operationId: "listInitiatives",
          summary: "Search and filter published initiatives",
          description:
            "The site's listing as data: the same filters, search, order and facet counts. Filters are OR within one parameter and AND across parameters.",
          parameters: Object.keys(parameters)
            .filter((name) => name !== "slug")
            .map((name) => ref("parameters", name)),
          responses: { "200": ok("One page of initiatives", "InitiativeList"), ...errors(400) },
        },
      },
      "/initiatives/{slug}": {
        get: {
          operationId: "getInitiative",
          summary: "One published initiative with everything its public page shows",
          parameters: [ref("parameters", "slug"), ...localeOnly],
          responses: {
            "200": ok("The initiative", "InitiativeDetail"),
            ...errors(400, 404),
          },
        },
      },
      "/countries": {
        get: {
          operationId: "listCountries",
          summary: "Countries with their number of published initiatives",
          parameters: localeOnly,
          responses: { "200": ok("Every country", "CountryList"), ...errors(400) },
        },
      },
      "/causes": {
        get: {
          operationId: "listCauses",
          summary: "Causes with their number of published initiatives",
          parameters: localeOnly,
          responses: { "200": ok("Every cause", "CauseList"), ...errors(400) },
        },
      },
      "/dump.json": {
        get: {
          operationId: "getDump",
          summary: "Open-data dump: every published initiative in every language",
          responses: {
            "200": ok("The dump, as a file download", "Dump", {
              "Content-Disposition": ref("headers", "Content-Disposition"),
            }),
            ...errors(400),
            "503": problem("Too many downloads of the dump at once on this server", {
              "Retry-After": ref("headers", "Retry-After"),
            }),
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          responses: {
            "200": {
              description: "OpenAPI 3.1 document",
              headers: cacheHeaders,
              content: json({ type: "object" }),
            },
            ...errors(400),
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      parameters,
      headers: {
        ETag: {
          description: "Validator of the body (weak for the dump)",
          schema: { type: "string" },
        },
        "Cache-Control": { schema: { type: "string" } },
        "RateLimit-Limit": {
          description: "Requests allowed per client address per window",
          schema: { type: "integer" },
        },
        "RateLimit-Remaining": {
          description: "Requests left in the current window",
          schema: { type: "integer" },
        },
        "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } },
        "Content-Disposition": { schema: { type: "string" } },
      },
      responses: {
        NotModified: { description: "The representation named in If-None-Match is current" },
        BadRequest: problem("A parameter was refused; `errors` says which and why"),
        NotFound: problem("No published initiative has this slug"),
        TooManyRequests: problem("Rate limit exceeded", {
          "Retry-After": ref("headers", "Retry-After"),
        }),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
