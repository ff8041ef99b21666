import { describe, expect, it } from "vitest";
import { buildMapShapes, getMapGeometry } from "@/components/map/geometry";

const WIDTH = 640;
const HEIGHT = 420;

/** Every coordinate pair of a path written as one absolute move and relative lines. */
function vertices(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split("z").filter(Boolean)) {
    const [move, lines = ""] = ring.split("l");
    const [x, y] = (move ?? "").slice(1).split(" ").map(Number);
    let cx = x ?? Number.NaN;
    let cy = y ?? Number.NaN;
    points.push([cx, cy]);
    const deltas = lines.match(/-?\d*\.?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      cx += deltas[i]!;
      cy += deltas[i + 1]!;
      points.push([cx, cy]);
    }
  }
  return points;
}

function byCode(code: string) {
  const shape = buildMapShapes(WIDTH, HEIGHT).find((candidate) => candidate.code === code);
  if (!shape) throw new Error(`no shape for ${code}`);
  return shape;
}

describe("buildMapShapes", () => {
  it("draws the five Central Asian countries once each", () => {
    const codes = buildMapShapes(WIDTH, HEIGHT).map((shape) => shape.code);
    expect(codes.toSorted()).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
  });

  it("keeps every vertex and label inside the frame", () => {
    for (const shape of buildMapShapes(WIDTH, HEIGHT)) {
      const points = vertices(shape.d);
      expect(points.length, shape.code).toBeGreaterThan(50);
      for (const [x, y] of [...points, [shape.labelX, shape.labelY] as const]) {
        expect(x, shape.code).toBeGreaterThanOrEqual(-0.5);
        expect(x, shape.code).toBeLessThanOrEqual(WIDTH + 0.5);
        expect(y, shape.code).toBeGreaterThanOrEqual(-0.5);
        expect(y, shape.code).toBeLessThanOrEqual(HEIGHT + 0.5);
      }
    }
  });

  it("places the countries where they are on a map", () => {
    const kz = byCode("KZ");
    const uz = byCode("UZ");
    const tm = byCode("TM");
    const kg = byCode("KG");
    const tj = byCode("TJ");
    expect(kz.labelY).toBeLessThan(uz.labelY);
    expect(tm.labelX).toBeLessThan(uz.labelX);
    expect(uz.labelX).toBeLessThan(kg.labelX);
    expect(tj.labelY).toBeGreaterThan(kg.labelY);
  });

  it("puts each label inside its own country's bounding box", () => {
    for (const shape of buildMapShapes(WIDTH, HEIGHT)) {
      const points = vertices(shape.d);
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      expect(shape.labelX).toBeGreaterThan(Math.min(...xs));
      expect(shape.labelX).toBeLessThan(Math.max(...xs));
      expect(shape.labelY).toBeGreaterThan(Math.min(...ys));
      expect(shape.labelY).toBeLessThan(Math.max(...ys));
    }
  });

  it("rounds coordinates to one decimal and stays small", () => {
    const { countries, context } = getMapGeometry(WIDTH, HEIGHT);
    const markup = countries.map((shape) => shape.d).join("") + context;
    expect(markup).not.toMatch(/\d\.\d{2}/);
    expect(markup.length).toBeLessThan(32_000);
  });

  it("draws the neighbours clipped to the frame", () => {
    const { context } = getMapGeometry(WIDTH, HEIGHT);
    expect(context.length).toBeGreaterThan(1_000);
    for (const [x, y] of vertices(context)) {
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(WIDTH + 0.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(HEIGHT + 0.5);
    }
  });

  it("computes the geometry once per frame size", () => {
    expect(getMapGeometry(WIDTH, HEIGHT)).toBe(getMapGeometry(WIDTH, HEIGHT));
  });
});
