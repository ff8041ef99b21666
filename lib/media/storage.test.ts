import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { createMediaStorage, localDiskStorage, type MediaStorage } from "@/lib/media/storage";
import { isMediaKey, mediaKey, mediaPreview } from "@/lib/media/urls";

const ID = "3f1c2b9e-8d7a-4c6b-9e5f-0a1b2c3d4e5f";
let root: string;
let storage: MediaStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "civic-atlas-media-"));
  storage = localDiskStorage(path.join(root, "media"));
});

describe("media keys", () => {
  it.each([
    [`${ID}/320.webp`, true],
    [`../${ID}/320.webp`, false],
    [`${ID}/../../etc/passwd`, false],
    [`/${ID}/320.webp`, false],
    [`${ID}/320.webp/..`, false],
    [`${ID.toUpperCase()}/320.webp`, false],
    [`${ID}/320.png`, false],
    [`${ID}\\320.webp`, false],
    [`${ID}/320.webp%00`, false],
  ])("%s is a media key: %s", (key, expected) => {
    expect(isMediaKey(key)).toBe(expected);
  });

  it("builds previews from a row's variants, smallest first, ignoring anything else", () => {
    expect(
      mediaPreview({ "640": mediaKey(ID, 640), "320": mediaKey(ID, 320), x: "../../secret" }),
    ).toEqual({
      src: `/media/${ID}/320.webp`,
      srcSet: `/media/${ID}/320.webp 320w, /media/${ID}/640.webp 640w`,
    });
  });
});

describe("localDiskStorage", () => {
  it("stores, reads and deletes files under its root only", async () => {
    const key = mediaKey(ID, 320);
    await storage.put(key, new Uint8Array([1, 2, 3]), "image/webp");
    expect(await readFile(path.join(root, "media", ID, "320.webp"))).toEqual(
      Buffer.from([1, 2, 3]),
    );
    expect(await storage.get(key)).toEqual({
      body: Buffer.from([1, 2, 3]),
      contentType: "image/webp",
    });
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await readdir(path.join(root, "media"))).toEqual([]);
  });

  it("never reads or writes outside its root", async () => {
    await writeFile(path.join(root, "secret.webp"), "secret");
    expect(await storage.get("../secret.webp")).toBeNull();
    expect(await storage.get(`${ID}/../../secret.webp`)).toBeNull();
    await expect(storage.put("../escape.webp", new Uint8Array([1]), "image/webp")).rejects.toThrow(
      /Invalid media key/,
    );
    await expect(storage.delete("../secret.webp")).rejects.toThrow(/Invalid media key/);
    expect(await readFile(path.join(root, "secret.webp"), "utf8")).toBe("secret");
  });

  it("answers null for a missing file", async () => {
    expect(await storage.get(mediaKey(ID, 640))).toBeNull();
  });
});

describe("storage driver from the environment", () => {
  const env = (extra: Record<string, string>) => {
    const result = parseEnv({ DATA_DIR: root, ...extra });
    if (!result.ok) throw new Error(result.message);
    return result.env;
  };

  it("writes to the local disk by default", async () => {
    await createMediaStorage(env({})).put(`${ID}/320.webp`, new Uint8Array([1]), "image/webp");
    expect(await readdir(path.join(root, "media", ID))).toEqual(["320.webp"]);
  });

  it("writes to the S3 bucket when S3_BUCKET is set", async () => {
    const calls: string[] = [];
    const fetcher = (async (url: URL, init?: RequestInit) => {
      calls.push(`${init?.method} ${String(url)}`);
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const storage = createMediaStorage(
      env({
        S3_BUCKET: "atlas-media",
        S3_ENDPOINT: "https://s3.example.org",
        S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
        S3_SECRET_ACCESS_KEY: "secret",
      }),
      fetcher,
    );
    await storage.put(`${ID}/320.webp`, new Uint8Array([1]), "image/webp");
    expect(calls).toEqual([`PUT https://s3.example.org/atlas-media/${ID}/320.webp`]);
    await expect(readdir(path.join(root, "media"))).rejects.toThrow();
  });

  it("refuses an S3 bucket without its endpoint and keys", () => {
    const result = parseEnv({ S3_BUCKET: "atlas-media" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/S3_ENDPOINT is required with S3_BUCKET/);
    expect(!result.ok && result.message).toMatch(/S3_SECRET_ACCESS_KEY is required/);
  });
});
