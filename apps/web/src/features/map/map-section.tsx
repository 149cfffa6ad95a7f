import { COUNTRIES } from "@vigil/gazetteer/countries";
import { lazy, Suspense, useMemo } from "react";
import type { CountrySituation } from "../../lib/api-types.ts";
import type { RegionId } from "../../lib/regions.ts";
import { ErrorState, LoadingState } from "../../ui/states.tsx";
import type { MarkerCountry } from "./country-markers.tsx";
import { loadRiskMapOnce } from "./preload-map.ts";
import { useBorders } from "./use-borders.ts";

// Leaflet loads beside the borders, in parallel, instead of weighing on the first screen.
const RiskMap = lazy(loadRiskMapOnce);

/** Props of MapSection. */
export interface MapSectionProps {
  /** Every country's situation, or undefined until the first answer. */
  situations: readonly CountrySituation[] | undefined;
  region: RegionId | null;
  selectedIso2: string | null;
  onSelectCountry: (iso2: string) => void;
}

/** Loads the borders and the map code, then draws the map with the situations it is given. */
export function MapSection({ situations, region, selectedIso2, onSelectCountry }: MapSectionProps) {
  const borders = useBorders();
  const byIso2 = useMemo(
    () => (situations ? new Map(situations.map((situation) => [situation.iso2, situation])) : null),
    [situations],
  );
  const markerCountries = useMemo<MarkerCountry[]>(() => {
    if (!borders.data) return [];
    const shaped = new Set(borders.data.features.map((feature) => feature.properties.iso2));
    return COUNTRIES.filter((country) => !shaped.has(country.iso2));
  }, [borders.data]);

  if (borders.isError) {
    return (
      <ErrorState
        title="The map's borders could not be loaded"
        error={borders.error}
        onRetry={() => borders.refetch()}
      />
    );
  }
  const loading = <LoadingState className="risk-map risk-map--loading" label="Drawing the map…" />;
  if (!borders.data) return loading;
  return (
    <Suspense fallback={loading}>
      <RiskMap
        borders={borders.data}
        markerCountries={markerCountries}
        situations={byIso2}
        region={region}
        selectedIso2={selectedIso2}
        onSelectCountry={onSelectCountry}
      />
    </Suspense>
  );
}
