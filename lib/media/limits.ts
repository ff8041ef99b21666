/** What an uploaded logo or cover may be; shared by the upload form (hints) and the server. */
export const MEDIA_LIMITS = {
  maxBytes: 8 * 1024 * 1024,
  maxPixels: 40_000_000,
  /** Formats as sharp names them; AVIF is "heif" with the AV1 codec. */
  formats: ["jpeg", "png", "webp", "heif"] as const,
  accept: "image/jpeg,image/png,image/webp,image/avif",
} as const;

export const MEDIA_KINDS = ["LOGO", "COVER"] as const;
export type MediaKindName = (typeof MEDIA_KINDS)[number];

/** Widths (covers) or bounding squares (logos) of the stored WebP variants, smallest first. */
export const MEDIA_SIZES: Record<MediaKindName, readonly number[]> = {
  LOGO: [128, 256, 512],
  COVER: [320, 640, 1280],
};
