import "leaflet/dist/leaflet.css";
import { getCountry } from "@vigil/gazetteer/countries";
import type { LeafletMouseEvent } from "leaflet";
import { useEffect, useMemo } from "react";
import { CircleMarker, GeoJSON, MapContainer, useMap, useMapEvents } from "react-leaflet";
import { useBorders } from "../map/use-borders.ts";

/** Props of PlacePickerMap. */
export interface PlacePickerMapProps {
  iso2: string;
  point: { lat: number; lon: number } | null;
  onPick: (point: { lat: number; lon: number }) => void;
}

const BORDER_STYLE = { color: "#8895a7", weight: 0.8, fillColor: "#eef1f5", fillOpacity: 1 };
const POINT_STYLE = { color: "#b3261e", fillColor: "#b3261e", fillOpacity: 0.8, weight: 2 };

/** A small map to pick where it happened: click to place the point. Borders only, no tiles: works offline. */
export default function PlacePickerMap({ iso2, point, onPick }: PlacePickerMapProps) {
  const borders = useBorders();
  const centre = getCountry(iso2)?.latlng ?? [10, 10];
  return (
    <div className="place-picker" data-picker-state={borders.data ? "ready" : "loading"}>
      <MapContainer
        className="place-picker__map"
        center={centre}
        zoom={5}
        minZoom={2}
        maxZoom={12}
        attributionControl={false}
      >
        {borders.data ? <GeoJSON data={borders.data} style={BORDER_STYLE} interactive={false} /> : null}
        {point ? <CircleMarker center={[point.lat, point.lon]} radius={7} pathOptions={POINT_STYLE} /> : null}
        <ClickToPick onPick={onPick} />
        <CentreOnCountry centre={centre} />
      </MapContainer>
    </div>
  );
}

function ClickToPick({ onPick }: { onPick: PlacePickerMapProps["onPick"] }) {
  useMapEvents({
    click(event: LeafletMouseEvent) {
      // Five decimals is about a metre: more is noise, and the exact point is protected anyway.
      const round = (value: number) => Math.round(value * 1e5) / 1e5;
      onPick({ lat: round(event.latlng.lat), lon: round(event.latlng.wrap().lng) });
    },
  });
  return null;
}

function CentreOnCountry({ centre }: { centre: readonly [number, number] }) {
  const map = useMap();
  const [lat, lon] = centre;
  const target = useMemo(() => [lat, lon] as [number, number], [lat, lon]);
  useEffect(
    function centreOnChosenCountry() {
      map.setView(target, Math.max(map.getZoom(), 5));
    },
    [map, target],
  );
  return null;
}
