/**
 * The largest file the admin page takes. Uploads travel in a Server Action, whose request body
 * next.config.mjs limits (serverActions.bodySizeLimit, 9 MB); the multipart envelope needs some
 * room. Larger files go through the CLI (npm run import:data), which has no limit.
 */
export const IMPORT_UPLOAD_MAX_MB = 8;
export const IMPORT_UPLOAD_MAX_BYTES = IMPORT_UPLOAD_MAX_MB * 1024 * 1024;
