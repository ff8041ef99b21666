import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { GET } from "./route";

const dataDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "civic-atlas-media-route-"));
  process.env.DATA_DIR = dir;
  return dir;
});

const { getMediaStorage } = await import("@/lib/media/storage");
const ID = "3f1c2b9e-8d7a-4c6b-9e5f-0a1b2c3d4e5f";

const get = (key: string[]) =>
  GET(new Request(`http://localhost/media/${key.join("/")}`), {
    params: Promise.resolve({ key }),
  });

describe("GET /media/[...key]", () => {
  it("serves a stored image with its type and a long cache lifetime", async () => {
    await getMediaStorage().put(`${ID}/320.webp`, new Uint8Array([82, 73, 70, 70]), "image/webp");
    const response = await get([ID, "320.webp"]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([82, 73, 70, 70]));
  });

  it.each([
    [[ID, "640.webp"]],
    [["..", "..", "etc", "passwd"]],
    [[ID, "..", "..", "secret.webp"]],
    [["..", "secret.webp"]],
    [[`${ID}%2F..%2F..%2Fsecret.webp`]],
    [[ID, "320.webp", ""]],
  ])("answers 404 for %j, never reading outside the media folder", async (key) => {
    await writeFile(path.join(dataDir, "secret.webp"), "secret");
    const response = await get(key);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
  });
});
