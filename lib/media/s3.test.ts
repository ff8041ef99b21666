import { describe, expect, it } from "vitest";
import { s3Storage, signV4 } from "@/lib/media/s3";

const AWS_EXAMPLE = {
  region: "us-east-1",
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  now: new Date("2013-05-24T00:00:00Z"),
};
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("signV4", () => {
  // The examples of AWS's "Signature Calculations for the Authorization Header" (S3 API reference).
  it("signs AWS's GET Object example", () => {
    const headers = signV4({
      ...AWS_EXAMPLE,
      method: "GET",
      url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
      headers: { Range: "bytes=0-9" },
      payloadHash: EMPTY_SHA256,
    });
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("signs AWS's PUT Object example", () => {
    const headers = signV4({
      ...AWS_EXAMPLE,
      method: "PUT",
      url: new URL("https://examplebucket.s3.amazonaws.com/test$file.text"),
      headers: {
        Date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
      },
      payloadHash: "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072",
    });
    expect(headers.authorization).toContain(
      "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
    );
  });
});

describe("s3Storage", () => {
  const ID = "3f1c2b9e-8d7a-4c6b-9e5f-0a1b2c3d4e5f";
  const config = {
    endpoint: "https://s3.example.test/",
    bucket: "media",
    region: "auto",
    accessKeyId: "key",
    secretAccessKey: "secret",
  };

  it("puts, gets and deletes objects path-style with signed requests", async () => {
    const calls: { url: string; method: string; headers: Record<string, string> }[] = [];
    const responses = [
      new Response(null, { status: 200 }),
      new Response(new Uint8Array([7, 8]), { headers: { "content-type": "image/webp" } }),
      new Response(null, { status: 404 }),
      new Response(null, { status: 204 }),
    ];
    const fetcher = (async (url: URL, init: RequestInit) => {
      calls.push({
        url: String(url),
        method: init.method!,
        headers: init.headers as Record<string, string>,
      });
      return responses.shift()!;
    }) as unknown as typeof fetch;
    const storage = s3Storage(config, fetcher);
    const key = `${ID}/320.webp`;
    await storage.put(key, new Uint8Array([7, 8]), "image/webp");
    expect(await storage.get(key)).toEqual({
      body: new Uint8Array([7, 8]),
      contentType: "image/webp",
    });
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `PUT https://s3.example.test/media/${key}`,
      `GET https://s3.example.test/media/${key}`,
      `GET https://s3.example.test/media/${key}`,
      `DELETE https://s3.example.test/media/${key}`,
    ]);
    expect(calls[0]!.headers).toMatchObject({
      "content-type": "image/webp",
      authorization: expect.stringMatching(
        /^AWS4-HMAC-SHA256 Credential=key\/\d{8}\/auto\/s3\/aws4_request/,
      ),
    });
    expect(calls[1]!.headers["x-amz-content-sha256"]).toBe(EMPTY_SHA256);
  });

  it("refuses keys outside the media pattern before any request", async () => {
    const storage = s3Storage(config, (() => {
      throw new Error("no request expected");
    }) as unknown as typeof fetch);
    expect(await storage.get("../secret")).toBeNull();
    await expect(storage.put("../x.webp", new Uint8Array(), "image/webp")).rejects.toThrow(
      /Invalid/,
    );
  });
});
