import { describe, expect, it } from "vitest";
import { fixAntimeridian, largestLongitudeStep, unwrapRing } from "./antimeridian.ts";

const square = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 1, lat],
  [lon + 1, lat + 1],
  [lon, lat + 1],
  [lon, lat],
];

describe("unwrapRing", () => {
  it("keeps each longitude step within 180°", () => {
    const ring = [
      [179, 60],
      [-179, 60],
      [-179, 61],
      [179, 61],
      [179, 60],
    ];
    expect(unwrapRing(ring).map(([lon]) => lon)).toEqual([179, 181, 181, 179, 179]);
  });
});

describe("fixAntimeridian", () => {
  it("moves islands across the antimeridian next to the country's main landmass", () => {
    const mainland = [
      [100, 50],
      [170, 50],
      [170, 70],
      [100, 70],
      [100, 50],
    ];
    const fixed = fixAntimeridian([[mainland], [square(-175, 65)]]);
    expect(fixed[1]?.[0]?.[0]?.[0]).toBe(185);
    expect(largestLongitudeStep(fixed)).toBeLessThanOrEqual(180);
  });

  it("leaves ordinary countries alone", () => {
    const polygons = [[square(2, 46)], [square(8, 41)]];
    expect(fixAntimeridian(polygons)).toEqual(polygons);
  });

  it("closes a ring that winds around the South Pole along the pole", () => {
    const coast = [
      [-180, -70],
      [-60, -65],
      [60, -68],
      [180, -70],
    ];
    const fixed = fixAntimeridian([[coast]]);
    expect(largestLongitudeStep(fixed)).toBeLessThanOrEqual(180);
    expect(fixed[0]?.[0]?.some(([, lat]) => lat === -90)).toBe(true);
  });

  it("drops degenerate rings that run along the pole itself", () => {
    const poleLine = [
      [-180, -89.999],
      [180, -89.999],
      [-180, -89.999],
    ];
    expect(fixAntimeridian([[poleLine]])).toEqual([]);
  });
});
