import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { adminAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { MEDIA_KINDS, MEDIA_LIMITS, type MediaKindName } from "@/lib/media/limits";
import { processImage } from "@/lib/media/process";
import { getMediaStorage } from "@/lib/media/storage";
import { mediaKey, mediaPreview, type MediaPreview } from "@/lib/media/urls";

const UploadSchema = z.object({
  kind: z.enum(MEDIA_KINDS, { error: "Say whether the image is a logo or a cover." }),
  file: z.instanceof(File, { error: "Choose an image file." }),
});

export interface UploadedMedia {
  id: string;
  kind: MediaKindName;
  width: number;
  height: number;
  preview: MediaPreview;
}

/**
 * Stores a logo or cover: re-encoded WebP variants under a random name, and a Media row that no
 * initiative uses yet. Saving the editor attaches it (so the change is versioned and revisioned
 * like any other); an upload never changes an entry by itself. Called by the upload route (a
 * Server Action would cap the body at 1 MB).
 */
export const uploadMediaAction = adminAction(
  "media.upload",
  UploadSchema,
  async ({ kind, file }, { user, ip }) => {
    const refuse = (message: string) => ({ ok: false, message, fieldErrors: { file: [message] } });
    if (file.size > MEDIA_LIMITS.maxBytes) {
      return refuse(`Images are at most ${MEDIA_LIMITS.maxBytes / 1024 / 1024} MB.`);
    }
    const processed = await processImage(new Uint8Array(await file.arrayBuffer()), kind);
    if (!processed.ok) return refuse(processed.error);

    const id = randomUUID();
    const storage = getMediaStorage();
    const variants: Record<string, string> = {};
    try {
      for (const variant of processed.variants) {
        const key = mediaKey(id, variant.size);
        await storage.put(key, variant.data, "image/webp");
        variants[variant.size] = key;
      }
      const largest = processed.variants.at(-1)!;
      await db.$transaction(async (tx) => {
        await tx.media.create({
          data: {
            id,
            kind,
            storageKey: variants[largest.size]!,
            mimeType: "image/webp",
            width: largest.width,
            height: largest.height,
            variants,
          },
        });
        await audit(tx, {
          actor: user,
          action: "media.upload",
          entityType: "media",
          entityId: id,
          ip,
          details: { kind, bytes: file.size, width: largest.width, height: largest.height },
        });
      });
      return {
        ok: true,
        message: "Image uploaded. Save the entry to use it.",
        data: {
          id,
          kind,
          width: largest.width,
          height: largest.height,
          preview: mediaPreview(variants),
        } satisfies UploadedMedia,
      };
    } catch (error) {
      await Promise.all(Object.values(variants).map((key) => storage.delete(key).catch(() => {})));
      throw error;
    }
  },
);
