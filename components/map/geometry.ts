import { geoConicEqualArea, geoPath, type GeoContext, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-50m.json";

/** ISO 3166-1 numeric ids in world-atlas, mapped to the alpha-2 codes the database uses. */
export const CENTRAL_ASIA: Readonly<Record<string, string>> = {
  "398": "KZ",
  "417": "KG",
  "762": "TJ",
  "795": "TM",
  "860": "UZ",
};

export interface CountryShape {
  code: string;
  /** SVG path data in the frame's coordinates. */
  d: string;
  /** Where the count badge goes: the centroid of the country's largest polygon. */
  labelX: number;
  labelY: number;
}

export interface MapGeometry {
  countries: CountryShape[];
  /** The neighbouring countries, clipped to the frame, as one path. */
  context: string;
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** Vertices closer than this (in frame units) to the previous one are dropped: they would not
 * show at the sizes the map is drawn, and dropping them saves a fifth of the markup. The muted
 * neighbours can lose more detail than the five countries. */
const MIN_STEP_FOCUS = 0.8;
const MIN_STEP_CONTEXT = 1.6;
const PADDING = 8;

/** Frame units to integer tenths: integer deltas keep relative coordinates free of drift. */
function tenths(value: number): number {
  return Math.round(value * 10);
}

function formatTenths(value: number): string {
  return String(value / 10).replace(/^(-?)0\./, "$1.");
}

/** A d3-geo path context that writes compact SVG path data: one decimal, relative line
 * segments, and no vertex that would not show. */
class CompactPath implements GeoContext {
  private rings: string[] = [];
  private ring = "";
  private vertices = 0;
  private x = 0;
  private y = 0;

  constructor(private readonly minStep: number) {}

  moveTo(x: number, y: number) {
    this.flush();
    this.x = tenths(x);
    this.y = tenths(y);
    this.ring = `M${formatTenths(this.x)} ${formatTenths(this.y)}l`;
    this.vertices = 1;
  }

  lineTo(x: number, y: number) {
    const dx = tenths(x) - this.x;
    const dy = tenths(y) - this.y;
    if (Math.hypot(dx, dy) < this.minStep * 10) return;
    this.ring += `${this.vertices > 1 && dx >= 0 ? " " : ""}${formatTenths(dx)}${dy >= 0 ? " " : ""}${formatTenths(dy)}`;
    this.x += dx;
    this.y += dy;
    this.vertices += 1;
  }

  closePath() {
    this.ring += "z";
  }

  // geoPath also calls these canvas methods; path data needs neither: the map has no point
  // features (drawn as arcs), and moveTo starts every ring.
  arc() {}
  beginPath() {}

  private flush() {
    // A ring thinned to fewer than three vertices is a speck or a sliver: drop it.
    if (this.vertices >= 3) this.rings.push(this.ring);
    this.ring = "";
    this.vertices = 0;
  }

  toString(): string {
    this.flush();
    return this.rings.join("");
  }
}

function loadCountries(): CountryFeature[] {
  const topology = world as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return collection.features;
}

function largestPolygon(shape: CountryFeature): Feature<Polygon> {
  const polygons =
    shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const area = geoPath();
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const candidate: Feature<Polygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates },
    };
    const size = area.area(candidate);
    if (size > bestArea) {
      best = candidate;
      bestArea = size;
    }
  }
  if (!best) throw new Error(`${shape.properties.name} has no polygon`);
  return best;
}

function draw(projection: GeoProjection, shape: Feature, minStep: number): string {
  const context = new CompactPath(minStep);
  geoPath(projection, context)(shape);
  return context.toString();
}

function project(width: number, height: number): MapGeometry {
  const all = loadCountries();
  const focus = all.filter((shape) => shape.id !== undefined && String(shape.id) in CENTRAL_ASIA);
  // Conic equal-area with standard parallels through the region keeps areas comparable, which
  // matters when fill encodes a count per country.
  const projection = geoConicEqualArea()
    .parallels([38, 50])
    .rotate([-66, 0])
    .fitExtent(
      [
        [PADDING, PADDING],
        [width - PADDING, height - PADDING],
      ],
      { type: "FeatureCollection", features: focus },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);

  const countries = focus.map((shape): CountryShape => {
    const [labelX, labelY] = geoPath(projection).centroid(largestPolygon(shape));
    return {
      code: CENTRAL_ASIA[String(shape.id)] ?? "",
      d: draw(projection, shape, MIN_STEP_FOCUS),
      labelX: tenths(labelX) / 10,
      labelY: tenths(labelY) / 10,
    };
  });
  countries.sort((a, b) => a.code.localeCompare(b.code));

  const context = all
    .filter((shape) => !focus.includes(shape))
    .map((shape) => draw(projection, shape, MIN_STEP_CONTEXT))
    .join("");

  return { countries, context };
}

const cache = new Map<string, MapGeometry>();

/** Projects the map once per frame size and process; the geometry never changes at run time. */
export function getMapGeometry(width: number, height: number): MapGeometry {
  const key = `${width}x${height}`;
  let geometry = cache.get(key);
  if (!geometry) {
    geometry = project(width, height);
    cache.set(key, geometry);
  }
  return geometry;
}

export function buildMapShapes(width: number, height: number): CountryShape[] {
  return getMapGeometry(width, height).countries;
}
