import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { RegionId } from "../../lib/regions.ts";
import { boundsOf } from "./region-bounds.ts";

/** Frames the chosen region (or the world). A child of MapContainer, whose own props apply only once. */
export function FitToRegion({ region }: { region: RegionId | null }) {
  const map = useMap();
  useEffect(
    function fitToRegion() {
      map.fitBounds(boundsOf(region), { padding: [8, 8] });
    },
    [map, region],
  );
  return null;
}
