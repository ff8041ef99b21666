import { describe, expect, it } from "vitest";
import { CENTRAL_ASIA } from "@/components/map/geometry";
import { CONTEXT_ID, mapAssetSvg, mapAssetUrl } from "@/components/map/map-asset";

describe("the map asset", () => {
  it("holds one path per country, named by its code, and the neighbours", () => {
    const svg = mapAssetSvg();
    for (const code of [...Object.values(CENTRAL_ASIA), CONTEXT_ID]) {
      expect(svg).toMatch(new RegExp(`<path id="${code}" d="M[^"]+"`));
    }
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it("is addressed by a hash of its content", () => {
    expect(mapAssetUrl()).toMatch(/^\/map\/central-asia\.svg\?v=[0-9a-f]{12}$/);
  });
});
