import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv, type Env } from "@/lib/env";
import { s3Storage } from "@/lib/media/s3";
import { isMediaKey } from "@/lib/media/urls";

export interface StoredFile {
  body: Uint8Array;
  contentType: string;
}

/** Where media files live. Keys are checked with isMediaKey by every driver. */
export interface MediaStorage {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
}

function checkKey(key: string): void {
  if (!isMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
}

const CONTENT_TYPES: Record<string, string> = { ".webp": "image/webp" };

/**
 * Files under `root` (DATA_DIR/media in the app). Keys are validated before any path is built and
 * the resolved path must stay inside root, so "../" or absolute paths cannot escape it. Writes go
 * to a temporary name first, so a reader never sees half a file.
 */
export function localDiskStorage(root: string): MediaStorage {
  const base = path.resolve(root);
  const fileFor = (key: string) => {
    checkKey(key);
    const file = path.resolve(base, key);
    if (!file.startsWith(base + path.sep)) throw new Error("Media key escapes the media folder");
    return file;
  };
  return {
    async put(key, body) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomUUID()}.tmp`;
      await writeFile(temporary, body);
      await rename(temporary, file);
    },
    async get(key) {
      if (!isMediaKey(key)) return null;
      try {
        const body = await readFile(fileFor(key));
        return {
          body,
          contentType: CONTENT_TYPES[path.extname(key)] ?? "application/octet-stream",
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      const file = fileFor(key);
      await rm(file, { force: true });
      // The image's folder goes with its last file.
      await rmdir(path.dirname(file)).catch(() => {});
    },
  };
}

let storage: MediaStorage | undefined;

/**
 * The app's media storage: S3-compatible object storage when S3_BUCKET is set (what several app
 * instances need), else the local disk under DATA_DIR/media.
 */
export function getMediaStorage(): MediaStorage {
  storage ??= createMediaStorage(getEnv());
  return storage;
}

export function createMediaStorage(env: Env, fetcher: typeof fetch = fetch): MediaStorage {
  const { S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION } = env;
  if (S3_BUCKET && S3_ENDPOINT && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY) {
    return s3Storage(
      {
        bucket: S3_BUCKET,
        endpoint: S3_ENDPOINT,
        region: S3_REGION,
        accessKeyId: S3_ACCESS_KEY_ID,
        secretAccessKey: S3_SECRET_ACCESS_KEY,
      },
      fetcher,
    );
  }
  return localDiskStorage(path.join(env.DATA_DIR, "media"));
}
