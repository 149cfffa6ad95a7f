import "leaflet/dist/leaflet.css";
import type { BorderCollection } from "@vigil/gazetteer/borders";
import { useEffect } from "react";
import { MapContainer } from "react-leaflet";
import type { CountrySituation } from "../../lib/api-types.ts";
import type { RegionId } from "../../lib/regions.ts";
import { CountryMarkers, type MarkerCountry } from "./country-markers.tsx";
import { CountryShapes } from "./country-shapes.tsx";
import { FitToRegion } from "./fit-to-region.tsx";
import { HatchPattern } from "./hatch-pattern.tsx";
import { MapLegend } from "./map-legend.tsx";
import { WORLD_BOUNDS } from "./region-bounds.ts";

/** Props of RiskMap: everything it draws comes in; it fetches nothing. */
export interface RiskMapProps {
  borders: BorderCollection;
  /** Countries without a shape, drawn as markers. */
  markerCountries: readonly MarkerCountry[];
  situations: ReadonlyMap<string, CountrySituation> | null;
  region: RegionId | null;
  selectedIso2: string | null;
  onSelectCountry: (iso2: string) => void;
}

/** The world choropleth: shapes and markers by risk level, a legend, framing by region. No tiles: works offline. */
export default function RiskMap({
  borders,
  markerCountries,
  situations,
  region,
  selectedIso2,
  onSelectCountry,
}: RiskMapProps) {
  const isReady = situations !== null;
  useEffect(
    function markMapReady() {
      // The benchmark and the browser tests read this mark: the map is drawn and coloured.
      if (isReady) performance.mark("vigil:map-ready");
    },
    [isReady],
  );
  return (
    <div className="risk-map" data-map-state={isReady ? "ready" : "drawing"}>
      <HatchPattern />
      <MapContainer
        className="risk-map__canvas"
        bounds={WORLD_BOUNDS}
        zoomSnap={0.25}
        minZoom={1}
        maxZoom={8}
        worldCopyJump={false}
        attributionControl={false}
      >
        <CountryShapes
          borders={borders}
          situations={situations}
          region={region}
          selectedIso2={selectedIso2}
          onSelectCountry={onSelectCountry}
        />
        <CountryMarkers
          countries={markerCountries}
          situations={situations}
          region={region}
          onSelectCountry={onSelectCountry}
        />
        <FitToRegion region={region} />
      </MapContainer>
      <MapLegend />
    </div>
  );
}
