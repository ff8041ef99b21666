import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db-client";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { processImage } from "@/lib/media/process";
import { getMediaStorage } from "@/lib/media/storage";
import { mediaKey } from "@/lib/media/urls";

/**
 * A submitted logo goes through the admin upload's processing (lib/media/process.ts: re-encoded,
 * metadata stripped, same type and size limits) and storage. Files are written before the
 * submission's transaction and removed again if it fails; the Media row is written inside it.
 */

export interface PreparedLogo {
  id: string;
  variants: Record<string, string>;
  width: number;
  height: number;
}

/** A file input left empty still sends an empty part (named "" or, through fetch, "blob"). */
export function isChosenFile(value: FormDataEntryValue | null): value is File {
  return value instanceof File && value.size > 0;
}

export async function storeLogoFiles(file: File): Promise<PreparedLogo | null> {
  if (file.size > MEDIA_LIMITS.maxBytes) return null;
  const processed = await processImage(new Uint8Array(await file.arrayBuffer()), "LOGO");
  if (!processed.ok) return null;
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
    await discardLogoFiles({ id, variants, width: 0, height: 0 });
    throw error;
  }
  const largest = processed.variants.at(-1);
  return { id, variants, width: largest?.width ?? 0, height: largest?.height ?? 0 };
}

export async function createLogoRow(tx: Pick<Db, "media">, logo: PreparedLogo): Promise<void> {
  const largest = Object.entries(logo.variants).sort(([a], [b]) => Number(b) - Number(a))[0];
  await tx.media.create({
    data: {
      id: logo.id,
      kind: "LOGO",
      storageKey: largest?.[1] ?? "",
      mimeType: "image/webp",
      width: logo.width,
      height: logo.height,
      variants: logo.variants,
    },
  });
}

export async function discardLogoFiles(logo: PreparedLogo): Promise<void> {
  const storage = getMediaStorage();
  await Promise.all(
    Object.values(logo.variants).map((key) => storage.delete(key).catch(() => undefined)),
  );
}
