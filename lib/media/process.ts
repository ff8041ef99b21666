import "server-only";
import sharp, { type Metadata } from "sharp";
import { MEDIA_LIMITS, MEDIA_SIZES, type MediaKindName } from "@/lib/media/limits";

export interface ImageVariant {
  /** The nominal size (a width for covers, a bounding square for logos). */
  size: number;
  width: number;
  height: number;
  data: Buffer;
}

export type ProcessResult = { ok: true; variants: ImageVariant[] } | { ok: false; error: string };

const MB = 1024 * 1024;

/**
 * Re-encodes an uploaded image into WebP variants. Nothing of the upload is kept as sent: pixels
 * are decoded and encoded afresh (which also defeats polyglot files), EXIF orientation is applied
 * and then all metadata (EXIF with GPS positions, XMP, IPTC, ICC) is dropped, as sharp does unless
 * asked to keep it.
 */
export async function processImage(bytes: Uint8Array, kind: MediaKindName): Promise<ProcessResult> {
  if (bytes.byteLength === 0) return { ok: false, error: "The file is empty." };
  if (bytes.byteLength > MEDIA_LIMITS.maxBytes) {
    return { ok: false, error: `Images are at most ${MEDIA_LIMITS.maxBytes / MB} MB.` };
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, error: "This file is not an image that can be read." };
  }
  const isAvif = meta.format === "heif" && meta.compression === "av1";
  if (
    !(MEDIA_LIMITS.formats as readonly string[]).includes(meta.format) ||
    (meta.format === "heif" && !isAvif)
  ) {
    return { ok: false, error: "Upload a JPEG, PNG, WebP or AVIF image." };
  }
  if (meta.width * meta.height > MEDIA_LIMITS.maxPixels) {
    return {
      ok: false,
      error: `Images are at most ${MEDIA_LIMITS.maxPixels / 1_000_000} megapixels.`,
    };
  }
  try {
    const source = sharp(bytes, {
      limitInputPixels: MEDIA_LIMITS.maxPixels,
      autoOrient: true,
      animated: false,
    });
    const variants: ImageVariant[] = [];
    for (const size of MEDIA_SIZES[kind]) {
      const resized =
        kind === "LOGO"
          ? source
              .clone()
              .resize({ width: size, height: size, fit: "inside", withoutEnlargement: true })
          : source.clone().resize({ width: size, withoutEnlargement: true });
      const { data, info } = await resized
        .webp({ quality: 82, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      variants.push({ size, width: info.width, height: info.height, data });
    }
    return { ok: true, variants };
  } catch {
    return { ok: false, error: "This image is damaged or cannot be converted." };
  }
}
