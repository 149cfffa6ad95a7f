import type { BorderCollection } from "@vigil/gazetteer/borders";
import { unpackBorders } from "./border-codec.ts";

let borders: Promise<BorderCollection> | undefined;
let riskMap: Promise<typeof import("./risk-map.tsx")> | undefined;

/** Borders from their own chunk (Natural Earth 1:50m, packed at build time, unpacked once per page). */
export function loadBordersOnce(): Promise<BorderCollection> {
  borders ??= import("virtual:vigil-borders").then(({ default: packed }) => {
    // Marks for the benchmark's breakdown: chunk arrived, then unpacked.
    performance.mark("vigil:borders-loaded");
    const collection = unpackBorders(packed);
    performance.mark("vigil:borders-decoded");
    return collection;
  });
  return borders;
}

/** The Leaflet map's chunk. */
export function loadRiskMapOnce(): Promise<typeof import("./risk-map.tsx")> {
  riskMap ??= import("./risk-map.tsx");
  return riskMap;
}

/**
 * Starts both map chunks at once, before React renders: otherwise the map code would only be asked
 * for after the borders arrive, one round trip after the other.
 */
export function preloadMap(): void {
  void loadRiskMapOnce();
  void loadBordersOnce();
}
