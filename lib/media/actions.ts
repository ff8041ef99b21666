import "server-only";
import { z } from "zod";
import { adminAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { MEDIA_KINDS, MEDIA_LIMITS, type MediaKindName } from "@/lib/media/limits";
import { discardImage, storeImage } from "@/lib/media/store";
import { mediaPreview, type MediaPreview } from "@/lib/media/urls";

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
    const stored = await storeImage(new Uint8Array(await file.arrayBuffer()), kind);
    if (!stored.ok) return refuse(stored.error);
    const { id, variants, storageKey, width, height } = stored.image;
    try {
      await db.$transaction(async (tx) => {
        await tx.media.create({
          data: { id, kind, storageKey, mimeType: "image/webp", width, height, variants },
        });
        await audit(tx, {
          actor: user,
          action: "media.upload",
          entityType: "media",
          entityId: id,
          ip,
          details: { kind, bytes: file.size, width, height },
        });
      });
    } catch (error) {
      await discardImage(stored.image);
      throw error;
    }
    return {
      ok: true,
      message: "Image uploaded. Save the entry to use it.",
      data: { id, kind, width, height, preview: mediaPreview(variants) } satisfies UploadedMedia,
    };
  },
);
