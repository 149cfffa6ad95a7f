import type { LatLngBoundsLiteral } from "leaflet";
import type { RegionId } from "../../lib/regions.ts";

/**
 * The whole world as the map first frames it. East of 180° on purpose: borders are antimeridian-safe
 * (Chukotka and Fiji keep longitudes past 180), so Russia and Fiji are drawn whole at the right edge.
 */
export const WORLD_BOUNDS: LatLngBoundsLiteral = [
  [-57, -168],
  [80, 192],
];

/**
 * What each coalition region frames, [[south, west], [north, east]]. Chosen by hand around where the
 * region's people live: framing every member (Bouvet Island, Antarctica, Pitcairn) would show the world.
 */
export const REGION_BOUNDS: Readonly<Record<RegionId, LatLngBoundsLiteral>> = {
  africa: [
    [-36, -19],
    [22, 58],
  ],
  americas: [
    [-56, -128],
    [62, -34],
  ],
  "asia-pacific": [
    [-47, 60],
    [50, 182],
  ],
  europe: [
    [34, -25],
    [71, 90],
  ],
  mena: [
    [12, -18],
    [40, 63],
  ],
};

/** The bounds to frame for a region, or the world when none is chosen. */
export function boundsOf(region: RegionId | null): LatLngBoundsLiteral {
  return region ? REGION_BOUNDS[region] : WORLD_BOUNDS;
}
