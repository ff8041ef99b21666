import { describe, expect, it } from "vitest";
import { publicPath, UNFILTERED_LISTING_SEGMENT } from "./listing-route";

describe("publicPath", () => {
  it("shows the prerendered listing under the listing's public address", () => {
    expect(publicPath(`/${UNFILTERED_LISTING_SEGMENT}`)).toBe("/initiatives");
  });

  it("leaves every other path as it is", () => {
    for (const path of ["", "/initiatives", "/initiatives/kun-jarygy", "/about", "/preview/x"]) {
      expect(publicPath(path)).toBe(path);
    }
    expect(publicPath(`/${UNFILTERED_LISTING_SEGMENT}/more`)).toBe(
      `/${UNFILTERED_LISTING_SEGMENT}/more`,
    );
  });
});
