import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "@/lib/api/openapi";

/**
 * Checks real responses against the OpenAPI document (tests use it): the schema a response must
 * match is looked up in the document itself (path → operation → status → media type), so a test
 * fails when the document and the handlers disagree.
 */

const DOCUMENT_ID = "https://civic-atlas.invalid/api/v1/openapi.json";

type Node = Record<string, unknown>;

function resolve(document: Node, value: unknown): Node {
  const node = value as Node;
  const pointer = typeof node.$ref === "string" ? node.$ref : null;
  if (!pointer) return node;
  return pointer
    .slice(2)
    .split("/")
    .reduce<Node>((at, key) => at[key] as Node, document);
}

export function contractValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The whole document is registered so that the components' $refs resolve inside it.
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
  const doc = document as unknown as Node;

  /** The errors of `body` against the documented response, or [] when it matches. */
  return function check(
    path: string,
    status: number,
    contentType: string,
    body: unknown,
  ): string[] {
    const paths = doc.paths as Record<string, { get: { responses: Node } }>;
    const operation = paths[path]?.get;
    if (!operation) return [`${path} is not documented`];
    const response = operation.responses[String(status)];
    if (!response) return [`${path} does not document status ${status}`];
    const media = (resolve(doc, response).content as Node | undefined)?.[contentType] as
      Node | undefined;
    if (!media) return [`${path} ${status} does not document ${contentType}`];
    const schema = media.schema as Node;
    const validate = ajv.compile(
      typeof schema.$ref === "string" ? { $ref: `${DOCUMENT_ID}${schema.$ref}` } : schema,
    );
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
  };
}
