import { lazy, Suspense, useCallback } from "react";
import { CountryPanel } from "../country/country-panel.tsx";
import { LatestEvidence } from "../evidence/latest-evidence.tsx";
import { FilterBar } from "../filters/filter-bar.tsx";
import { useView } from "../filters/use-view.ts";
import type { RankingSort } from "../filters/view-state.ts";
import { MapSection } from "../map/map-section.tsx";
import { RankingPanel } from "../ranking/ranking-panel.tsx";
import { MapStatus } from "./map-status.tsx";
import { useSituations } from "./use-situations.ts";

// "Save snapshot" and "Export" load beside the map, not before the first paint.
const ViewActions = lazy(() => import("../snapshots/view-actions.tsx"));

/** The main screen: filters, the map with its ranking, the open country and the latest evidence. */
export function DashboardPage() {
  const [view, setView] = useView();
  const today = new Date().toISOString().slice(0, 10);
  const { query, situations, isFallback } = useSituations(view);
  const selectCountry = useCallback((iso2: string) => setView({ country: iso2 }), [setView]);
  const closeCountry = useCallback(() => setView({ country: null }), [setView]);
  const changeSort = useCallback((sort: RankingSort) => setView({ sort }), [setView]);

  return (
    <>
      <FilterBar view={view} onChange={setView} today={today} />
      <Suspense fallback={null}>
        <ViewActions view={view} />
      </Suspense>
      <div className="dashboard">
        <section className="map-area" aria-label="Risk map (the ranking beside it lists the same countries)">
          <MapSection
            situations={situations}
            region={view.region}
            selectedIso2={view.country}
            onSelectCountry={selectCountry}
          />
          <MapStatus
            query={query}
            isFallback={isFallback}
            view={view}
            onReset={() => setView({ riskFactors: [], indicators: [], sources: "all", asOf: null })}
          />
        </section>
        <section className="ranking-area" id="ranking" aria-labelledby="ranking-heading" tabIndex={-1}>
          <h2 id="ranking-heading">Ranking</h2>
          <RankingPanel
            situations={situations}
            error={query.error}
            region={view.region}
            sort={view.sort}
            selectedIso2={view.country}
            onSortChange={changeSort}
            onSelectCountry={selectCountry}
          />
        </section>
      </div>
      <LatestEvidence view={view} today={today} />
      {view.country ? (
        <CountryPanel key={view.country} iso2={view.country} view={view} onClose={closeCountry} />
      ) : null}
    </>
  );
}
