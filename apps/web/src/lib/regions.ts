// Browser-safe subpath: the gazetteer's main entry also carries the place-name table (≈500 KB).
import { REGIONS, type RegionId } from "@vigil/gazetteer/countries";

export { REGIONS, type RegionId };

/** The five coalition region ids in display order. */
export const REGION_IDS: readonly RegionId[] = REGIONS.map((region) => region.id);

/** A region's display name ("Middle East & North Africa"). */
export function regionName(id: string): string {
  return REGIONS.find((region) => region.id === id)?.name ?? id;
}
