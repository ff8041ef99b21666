import { mapAssetSvg } from "@/components/map/map-asset";

// Built once: the geometry comes from the world-atlas package, not from the database.
export const dynamic = "force-static";

/** The map's shapes, referenced by the home page's map (components/map/map-asset.ts). */
export function GET() {
  return new Response(mapAssetSvg(), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // The address carries a content hash (mapAssetUrl), so a copy never goes stale.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
