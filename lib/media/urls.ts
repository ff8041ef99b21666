/**
 * Media keys name stored files: "<random uuid>/<size>.webp". Nothing a user sends becomes part of
 * a key, and a key that does not match this pattern is never looked up, so no request can reach
 * outside the media folder.
 */
const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/\d{2,4}\.webp$/;

export function mediaKey(imageId: string, size: number): string {
  const key = `${imageId}/${size}.webp`;
  if (!isMediaKey(key)) throw new Error(`Invalid media key ${key}`);
  return key;
}

export function isMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** The public address of a stored file (served by app/media/[...key]/route.ts). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

export interface MediaPreview {
  /** The smallest variant's address, for thumbnails. */
  src: string;
  /** All variants for srcset, e.g. "/media/…/320.webp 320w, …". */
  srcSet: string;
}

/** Preview addresses from a Media row's variants ({"320": key, …}). */
export function mediaPreview(variants: unknown): MediaPreview {
  const entries = Object.entries((variants ?? {}) as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .filter(([, key]) => isMediaKey(key))
    .sort(([a], [b]) => Number(a) - Number(b));
  return {
    src: entries[0] ? mediaUrl(entries[0][1]) : "",
    srcSet: entries.map(([size, key]) => `${mediaUrl(key)} ${size}w`).join(", "),
  };
}
