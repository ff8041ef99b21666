import "server-only";
import type { Db } from "@/lib/db-client";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { discardImage, storeImage, type StoredImage } from "@/lib/media/store";

/**
 * A submitted logo goes through the admin upload's processing and storage (lib/media/store.ts:
 * re-encoded, metadata stripped, same type and size limits). Files are written before the
 * submission's transaction and removed again if it fails; the Media row is written inside it.
 */

export type PreparedLogo = StoredImage;

/** A file input left empty still sends an empty part (named "" or, through fetch, "blob"). */
export function isChosenFile(value: FormDataEntryValue | null): value is File {
  return value instanceof File && value.size > 0;
}

/** The stored logo, or null when the file is not a usable image. */
export async function storeLogoFiles(file: File): Promise<PreparedLogo | null> {
  if (file.size > MEDIA_LIMITS.maxBytes) return null;
  const stored = await storeImage(new Uint8Array(await file.arrayBuffer()), "LOGO");
  return stored.ok ? stored.image : null;
}

export async function createLogoRow(tx: Pick<Db, "media">, logo: PreparedLogo): Promise<void> {
  const { id, storageKey, width, height, variants } = logo;
  await tx.media.create({
    data: { id, kind: "LOGO", storageKey, mimeType: "image/webp", width, height, variants },
  });
}

export const discardLogoFiles = discardImage;
