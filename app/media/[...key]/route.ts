import { getMediaStorage } from "@/lib/media/storage";
import { isMediaKey } from "@/lib/media/urls";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

/**
 * Serves stored logos and covers. Keys are random and never reused (a new upload gets a new
 * name), so files may be cached for a year. Only keys matching the media pattern are looked up;
 * anything else, "../" included, is a 404 before the storage is touched.
 */
export async function GET(_request: Request, { params }: RouteContext<"/media/[...key]">) {
  const key = (await params).key.join("/");
  if (!isMediaKey(key)) return notFound();
  const file = await getMediaStorage().get(key);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
