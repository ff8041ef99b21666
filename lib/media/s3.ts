import "server-only";
import { createHash, createHmac } from "node:crypto";
import type { MediaStorage } from "@/lib/media/storage";
import { isMediaKey } from "@/lib/media/urls";

/**
 * An S3-compatible media storage (AWS S3, Cloudflare R2, MinIO, …) over plain fetch, signed with
 * AWS Signature Version 4 (node:crypto only). Objects are addressed path-style:
 * `${endpoint}/${bucket}/${key}`.
 */

export interface S3Config {
  /** e.g. https://s3.eu-central-1.amazonaws.com or https://<account>.r2.cloudflarestorage.com */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) =>
  createHmac("sha256", key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, "/" kept. */
const encodePath = (path: string) =>
  path
    .split("/")
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join("/");

export interface SignInput {
  method: string;
  url: URL;
  /** Headers to sign besides host, x-amz-date and x-amz-content-sha256. */
  headers?: Record<string, string>;
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  now?: Date;
  service?: string;
}

/** The headers of a SigV4-signed request (authorization included). */
export function signV4(input: SignInput): Record<string, string> {
  const amzDate = (input.now ?? new Date())
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const service = input.service ?? "s3";
  const headers: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(input.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v.trim()]),
    ),
    host: input.url.host,
    "x-amz-content-sha256": input.payloadHash,
    "x-amz-date": amzDate,
  };
  const names = Object.keys(headers).sort();
  const query = [...input.url.searchParams]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join("&");
  const canonical = [
    input.method,
    encodePath(decodeURIComponent(input.url.pathname)),
    query,
    names.map((name) => `${name}:${headers[name]}\n`).join(""),
    names.join(";"),
    input.payloadHash,
  ].join("\n");
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonical)].join("\n");
  const key = hmac(
    hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), service),
    "aws4_request",
  );
  const signature = createHmac("sha256", key).update(toSign).digest("hex");
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`,
  };
}

export function s3Storage(config: S3Config, fetcher: typeof fetch = fetch): MediaStorage {
  const objectUrl = (key: string) => {
    if (!isMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
    return new URL(`${config.endpoint.replace(/\/+$/, "")}/${encodePath(config.bucket)}/${key}`);
  };
  const send = (method: string, key: string, body?: Uint8Array, contentType?: string) => {
    const url = objectUrl(key);
    const headers = signV4({
      method,
      url,
      headers: contentType ? { "content-type": contentType } : {},
      payloadHash: sha256(body ?? ""),
      region: config.region,
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
    });
    delete headers.host; // fetch sets it
    return fetcher(url, { method, headers, body: body ? new Uint8Array(body) : undefined });
  };
  return {
    async put(key, body, contentType) {
      const response = await send("PUT", key, body, contentType);
      if (!response.ok) throw new Error(`S3 PUT ${key} failed: ${response.status}`);
    },
    async get(key) {
      if (!isMediaKey(key)) return null;
      const response = await send("GET", key);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`S3 GET ${key} failed: ${response.status}`);
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get("content-type") ?? "application/octet-stream",
      };
    },
    async delete(key) {
      const response = await send("DELETE", key);
      if (!response.ok && response.status !== 404)
        throw new Error(`S3 DELETE ${key} failed: ${response.status}`);
    },
  };
}
