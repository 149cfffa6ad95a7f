import { useState } from "react";
import type { CountrySituation } from "../../lib/api-types.ts";
import { plural } from "../../lib/format.ts";
import { type RegionId, regionName } from "../../lib/regions.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/states.tsx";
import type { RankingSort } from "../filters/view-state.ts";
import { countUnmonitored, rankSituations } from "./rank-situations.ts";
import { RankingTable } from "./ranking-table.tsx";

/** Props of RankingPanel. */
export interface RankingPanelProps {
  situations: readonly CountrySituation[] | undefined;
  /** Why there are no situations, if loading them failed. */
  error?: unknown;
  region: RegionId | null;
  sort: RankingSort;
  selectedIso2: string | null;
  onSortChange: (sort: RankingSort) => void;
  onSelectCountry: (iso2: string) => void;
}

/** The ranking beside the map: rated countries of the region, with unrated ones a click away. */
export function RankingPanel({
  situations,
  error,
  region,
  sort,
  selectedIso2,
  onSortChange,
  onSelectCountry,
}: RankingPanelProps) {
  const [isShowingUnmonitored, setShowingUnmonitored] = useState(false);
  if (!situations && error) return <ErrorState title="The ranking could not be loaded" error={error} />;
  if (!situations) return <LoadingState label="Ranking countries…" />;
  const rows = rankSituations(situations, { region, sort, isShowingUnmonitored });
  const unmonitored = countUnmonitored(situations, region);
  const scopeLabel = region ? regionName(region) : "all regions";
  return (
    <div className="ranking-panel">
      <div className="ranking-panel__scroll">
        {rows.length > 0 ? (
          <RankingTable
            rows={rows}
            sort={sort}
            scopeLabel={scopeLabel}
            selectedIso2={selectedIso2}
            onSortChange={onSortChange}
            onSelectCountry={onSelectCountry}
          />
        ) : (
          <EmptyState title={`No country in ${scopeLabel} has enough coverage to rate`}>
            <p>Widen the time window, clear filters, or show the countries that are not monitored.</p>
          </EmptyState>
        )}
      </div>
      {unmonitored > 0 ? (
        <button
          type="button"
          className="link-button ranking-panel__toggle"
          onClick={() => setShowingUnmonitored(!isShowingUnmonitored)}
        >
          {isShowingUnmonitored
            ? "Hide countries that are not monitored"
            : `Show ${plural(unmonitored, "country", "countries")} not monitored (too little coverage)`}
        </button>
      ) : null}
    </div>
  );
}
