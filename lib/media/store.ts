import "server-only";
import { randomUUID } from "node:crypto";
import type { MediaKindName } from "@/lib/media/limits";
import { processImage } from "@/lib/media/process";
import { getMediaStorage } from "@/lib/media/storage";
import { mediaKey } from "@/lib/media/urls";

/** An image's files in storage, before (or without) its Media row. */
export interface StoredImage {
  id: string;
  /** Width in pixels → storage key. */
  variants: Record<string, string>;
  /** The largest variant's key and size: the Media row's own. */
  storageKey: string;
  width: number;
  height: number;
}

/**
 * Re-encodes an uploaded image (lib/media/process.ts: type and size limits, WebP, metadata
 * stripped) and writes its variants under a random name. Files come before the Media row: a
 * caller whose transaction fails removes them with discardImage. If a write fails half-way, the
 * files already written are removed here.
 */
export async function storeImage(
  bytes: Uint8Array,
  kind: MediaKindName,
): Promise<{ ok: true; image: StoredImage } | { ok: false; error: string }> {
  const processed = await processImage(bytes, kind);
  if (!processed.ok) return processed;
  const id = randomUUID();
  const storage = getMediaStorage();
  const variants: Record<string, string> = {};
  try {
    for (const variant of processed.variants) {
      const key = mediaKey(id, variant.size);
      await storage.put(key, variant.data, "image/webp");
      variants[variant.size] = key;
    }
  } catch (error) {
    await discardImage({ variants });
    throw error;
  }
  const largest = processed.variants.at(-1)!;
  return {
    ok: true,
    image: {
      id,
      variants,
      storageKey: variants[largest.size]!,
      width: largest.width,
      height: largest.height,
    },
  };
}

export async function discardImage({ variants }: Pick<StoredImage, "variants">): Promise<void> {
  const storage = getMediaStorage();
  await Promise.all(Object.values(variants).map((key) => storage.delete(key).catch(() => {})));
}
