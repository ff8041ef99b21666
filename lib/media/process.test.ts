import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MEDIA_SIZES } from "@/lib/media/limits";
import { processImage } from "@/lib/media/process";

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#1a6" } });

describe("processImage", () => {
  it("re-encodes a cover to WebP at each width, never enlarging", async () => {
    const jpeg = await image(1000, 500).jpeg().toBuffer();
    const result = await processImage(jpeg, "COVER");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.variants.map((v) => [v.size, v.width, v.height])).toEqual([
      [320, 320, 160],
      [640, 640, 320],
      [1280, 1000, 500],
    ]);
    for (const variant of result.variants) {
      expect((await sharp(variant.data).metadata()).format).toBe("webp");
    }
  });

  it("fits logos inside squares", async () => {
    const png = await image(300, 600).png().toBuffer();
    const result = await processImage(png, "LOGO");
    expect(result.ok && result.variants.map((v) => [v.size, v.width, v.height])).toEqual([
      [128, 64, 128],
      [256, 128, 256],
      [512, 256, 512],
    ]);
    expect(MEDIA_SIZES.LOGO).toEqual([128, 256, 512]);
  });

  it("strips metadata such as EXIF GPS positions, applying the orientation first", async () => {
    const withExif = await image(200, 100)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: "Someone" }, IFD3: { GPSLatitudeRef: "N" } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const result = await processImage(withExif, "COVER");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.variants[0]!.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    // Orientation 6 (rotate 90°): the 200x100 picture is stored upright as 100x200.
    expect(result.variants.at(-1)).toMatchObject({ width: 100, height: 200 });
  });

  it.each([
    ["an empty file", async () => new Uint8Array(), /empty/],
    ["text", async () => new TextEncoder().encode("<svg onload=alert(1)>"), /not an image/],
    ["a GIF", async () => image(10, 10).gif().toBuffer(), /JPEG, PNG, WebP or AVIF/],
    ["a TIFF", async () => image(10, 10).tiff().toBuffer(), /JPEG, PNG, WebP or AVIF/],
    ["more than 8 MB", async () => new Uint8Array(8 * 1024 * 1024 + 1), /8 MB/],
    [
      "more than 40 megapixels",
      async () => image(8000, 5001).png({ compressionLevel: 1 }).toBuffer(),
      /40 megapixels/,
    ],
    [
      "a truncated PNG",
      async () => (await image(400, 400).png().toBuffer()).subarray(0, 200),
      /damaged|not an image/,
    ],
  ])("refuses %s", async (_label, make, message) => {
    const result = await processImage(await make(), "COVER");
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it("accepts WebP and AVIF", async () => {
    for (const bytes of [
      await image(50, 50).webp().toBuffer(),
      await image(50, 50).avif().toBuffer(),
    ]) {
      expect((await processImage(bytes, "LOGO")).ok).toBe(true);
    }
  });
});
