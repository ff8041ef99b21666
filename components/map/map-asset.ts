import { createHash } from "node:crypto";
import { getMapGeometry } from "@/components/map/geometry";

/** The frame every map is drawn in (viewBox units). */
export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 420;

/** Element id of the neighbouring countries in the asset; each focus country is its ISO2 code. */
export const CONTEXT_ID = "context";

let svg: string | undefined;

/**
 * The map's shapes as one static SVG document (app/map/central-asia.svg/route.ts). Pages refer to
 * its paths with `<use href="…#KZ">` instead of inlining them: the paths were half of the home
 * page's HTML, and again as much in its RSC payload. Browsers fetch and cache the file once.
 */
export function mapAssetSvg(): string {
  if (svg) return svg;
  const { countries, context } = getMapGeometry(MAP_WIDTH, MAP_HEIGHT);
  const path = (id: string, d: string) =>
    `<path id="${id}" d="${d}" vector-effect="non-scaling-stroke"/>`;
  svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">`,
    "<defs>",
    ...countries.map((shape) => path(shape.code, shape.d)),
    path(CONTEXT_ID, context),
    "</defs>",
    "</svg>",
    "",
  ].join("\n");
  return svg;
}

let url: string | undefined;

/** The asset's address, versioned by its content so that it can be cached for good. */
export function mapAssetUrl(): string {
  url ??= `/map/central-asia.svg?v=${createHash("sha256").update(mapAssetSvg()).digest("hex").slice(0, 12)}`;
  return url;
}
