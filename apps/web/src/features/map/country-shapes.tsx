import type { BorderCollection, BorderProperties } from "@vigil/gazetteer/borders";
import type { GeoJSON as LeafletGeoJSON, LeafletMouseEvent, Path, PathOptions, StyleFunction } from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { GeoJSON, Tooltip } from "react-leaflet";
import type { CountrySituation } from "../../lib/api-types.ts";
import type { RegionId } from "../../lib/regions.ts";
import { CountryTooltip } from "./country-tooltip.tsx";
import { countryStyle, SELECTED_OUTLINE } from "./risk-scale.ts";
import { useOutOfTabOrder } from "./use-out-of-tab-order.ts";

/** Props of CountryShapes. */
export interface CountryShapesProps {
  borders: BorderCollection;
  /** Situations by ISO code; null while the first answer is on its way (shapes are drawn grey). */
  situations: ReadonlyMap<string, CountrySituation> | null;
  region: RegionId | null;
  /** The open country, outlined. */
  selectedIso2: string | null;
  onSelectCountry: (iso2: string) => void;
}

const LOADING_STYLE: PathOptions = { fillColor: "#dde1e6", fillOpacity: 1, color: "#ffffff", weight: 0.6 };

// Leaflet hands events from the layer under the pointer; its GeoJSON feature carries the ISO code.
function iso2Of(event: LeafletMouseEvent): string | null {
  const layer: unknown = event.propagatedFrom;
  if (typeof layer !== "object" || layer === null || !("feature" in layer)) return null;
  const feature = layer.feature as { properties?: Partial<BorderProperties> } | undefined;
  return feature?.properties?.iso2 ?? null;
}

/** Every country with a shape, one GeoJSON layer, coloured by level; hover for a tooltip, click to open. */
export function CountryShapes({
  borders,
  situations,
  region,
  selectedIso2,
  onSelectCountry,
}: CountryShapesProps) {
  const [hovered, setHovered] = useState<BorderProperties | null>(null);
  const layerRef = useRef<LeafletGeoJSON>(null);
  useOutOfTabOrder(layerRef);
  useEffect(
    function raiseSelectedCountry() {
      // Neighbours drawn later would cover part of its outline.
      layerRef.current?.eachLayer((layer) => {
        const feature = (layer as { feature?: { properties?: Partial<BorderProperties> } }).feature;
        if (feature?.properties?.iso2 === selectedIso2) (layer as Path).bringToFront();
      });
    },
    [selectedIso2],
  );
  // A new function only when the data or region changes: react-leaflet then restyles every path once.
  const style = useMemo<StyleFunction<BorderProperties>>(
    () =>
      function styleCountry(feature) {
        const iso2 = feature?.properties.iso2 ?? "";
        const situation = situations?.get(iso2);
        const base = situation
          ? countryStyle(situation.level, { isDimmed: isOutside(situation, region) })
          : LOADING_STYLE;
        const outline = iso2 === selectedIso2 ? SELECTED_OUTLINE : undefined;
        // className is read when the path is created; it lets tests and CSS find a country.
        return { ...base, ...outline, className: `country-shape country-${iso2}` };
      },
    [situations, region, selectedIso2],
  );
  const eventHandlers = useMemo(
    () => ({
      mouseover(event: LeafletMouseEvent) {
        const iso2 = iso2Of(event);
        const feature = borders.features.find((candidate) => candidate.properties.iso2 === iso2);
        setHovered(feature?.properties ?? null);
      },
      click(event: LeafletMouseEvent) {
        const iso2 = iso2Of(event);
        if (iso2) onSelectCountry(iso2);
      },
    }),
    [borders, onSelectCountry],
  );
  return (
    <GeoJSON ref={layerRef} data={borders} style={style} eventHandlers={eventHandlers}>
      <Tooltip sticky direction="top" offset={[0, -12]} opacity={1}>
        {hovered ? <CountryTooltip name={hovered.name} situation={situations?.get(hovered.iso2)} /> : null}
      </Tooltip>
    </GeoJSON>
  );
}

/** Whether a situation lies outside the chosen region (and so is drawn faded). */
export function isOutside(situation: CountrySituation, region: RegionId | null): boolean {
  return region !== null && situation.region !== region;
}
