import type { CircleMarker as LeafletCircleMarker, LeafletMouseEvent } from "leaflet";
import { memo, useMemo, useRef } from "react";
import { CircleMarker, Tooltip } from "react-leaflet";
import type { CountrySituation } from "../../lib/api-types.ts";
import type { RegionId } from "../../lib/regions.ts";
import { isOutside } from "./country-shapes.tsx";
import { CountryTooltip } from "./country-tooltip.tsx";
import { markerStyle } from "./risk-scale.ts";
import { useOutOfTabOrder } from "./use-out-of-tab-order.ts";

/** A country drawn as a point because Natural Earth has no polygon for it at this scale. */
export interface MarkerCountry {
  iso2: string;
  name: string;
  latlng: [number, number];
}

/** Props of CountryMarkers. */
export interface CountryMarkersProps {
  countries: readonly MarkerCountry[];
  situations: ReadonlyMap<string, CountrySituation> | null;
  region: RegionId | null;
  onSelectCountry: (iso2: string) => void;
}

/** Circle markers for countries without a shape (Tuvalu, Gibraltar, …), styled like the shapes. */
export function CountryMarkers({ countries, situations, region, onSelectCountry }: CountryMarkersProps) {
  return (
    <>
      {countries.map((country) => (
        <CountryMarker
          key={country.iso2}
          country={country}
          situation={situations?.get(country.iso2)}
          region={region}
          onSelectCountry={onSelectCountry}
        />
      ))}
    </>
  );
}

interface CountryMarkerProps {
  country: MarkerCountry;
  situation: CountrySituation | undefined;
  region: RegionId | null;
  onSelectCountry: (iso2: string) => void;
}

const CountryMarker = memo(function CountryMarker({
  country,
  situation,
  region,
  onSelectCountry,
}: CountryMarkerProps) {
  const layerRef = useRef<LeafletCircleMarker>(null);
  useOutOfTabOrder(layerRef);
  const eventHandlers = useMemo(
    () => ({
      click(_event: LeafletMouseEvent) {
        onSelectCountry(country.iso2);
      },
    }),
    [country.iso2, onSelectCountry],
  );
  const pathOptions = markerStyle(situation?.level ?? "not-monitored", {
    isDimmed: situation ? isOutside(situation, region) : false,
  });
  return (
    <CircleMarker
      ref={layerRef}
      center={country.latlng}
      radius={5}
      pathOptions={pathOptions}
      className={`country-marker country-${country.iso2}`}
      eventHandlers={eventHandlers}
    >
      <Tooltip direction="top" offset={[0, -6]} opacity={1}>
        <CountryTooltip name={country.name} situation={situation} />
      </Tooltip>
    </CircleMarker>
  );
});
