import type { UseQueryResult } from "@tanstack/react-query";
import type { CountrySituation } from "../../lib/api-types.ts";
import { describeError, EmptyState, ErrorState, NoDataYet } from "../../ui/states.tsx";
import { hasEvidenceFilters, type ViewState } from "../filters/view-state.ts";

/** Props of MapStatus. */
export interface MapStatusProps {
  query: UseQueryResult<CountrySituation[], unknown>;
  /** The map shows an earlier answer because the current one failed. */
  isFallback: boolean;
  view: ViewState;
  onReset: () => void;
}

/** What lies over the map: an error, the empty-database notice, "nothing matches", or a quiet "updating". */
export function MapStatus({ query, isFallback, view, onReset }: MapStatusProps) {
  if (query.isError && (isFallback || query.data)) {
    return (
      <div className="map-banner" role="alert">
        <span>
          <strong>Could not refresh the map.</strong> {describeError(query.error)} Showing the last scores
          received.
        </span>
        <button type="button" className="button button--small" onClick={() => query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="map-overlay">
        <ErrorState
          title="Could not load the map's scores"
          error={query.error}
          onRetry={() => query.refetch()}
        />
      </div>
    );
  }
  const situations = query.data;
  if (!situations) return null;
  const isEmpty = situations.every((situation) => situation.coverage === 0);
  if (isEmpty && !query.isPlaceholderData) {
    return (
      <div className="map-overlay">
        {hasEvidenceFilters(view) || view.asOf ? (
          <EmptyState title="No evidence matches these filters">
            <p>No item in this window carries the chosen risk factors, indicators or source type.</p>
            <button type="button" className="button" onClick={onReset}>
              Clear filters and date
            </button>
          </EmptyState>
        ) : (
          <NoDataYet />
        )}
      </div>
    );
  }
  return query.isFetching && query.isPlaceholderData ? (
    <output className="updating-pill" aria-live="polite">
      Updating…
    </output>
  ) : null;
}
