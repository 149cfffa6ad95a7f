import { useQuery } from "@tanstack/react-query";
import { getCountry } from "@vigil/gazetteer/countries";
import { lazy, Suspense, useEffect, useRef } from "react";
import { REFRESH_INTERVAL_MS } from "../../lib/query-client.ts";
import { regionName } from "../../lib/regions.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorState, LoadingState } from "../../ui/states.tsx";
import { toDetailInput } from "../filters/query-inputs.ts";
import type { ViewState } from "../filters/view-state.ts";
import { SituationSummary } from "./situation-summary.tsx";
import { TopEvidenceList } from "./top-evidence-list.tsx";

// recharts is large and only needed once a country is open.
const FactorCharts = lazy(() => import("./factor-charts.tsx"));

/** Props of CountryPanel. */
export interface CountryPanelProps {
  iso2: string;
  view: ViewState;
  onClose: () => void;
}

/** The country situation: level, score, trend, why, charts and top evidence, under the view's filters. */
export function CountryPanel({ iso2, view, onClose }: CountryPanelProps) {
  const trpc = useTRPC();
  const detail = useQuery(
    trpc.country.detail.queryOptions(toDetailInput(view, iso2), {
      // Keep the last answer while filters change, but never show one country's data under another's name.
      placeholderData: (previous) => (previous?.situation.iso2 === iso2 ? previous : undefined),
      refetchInterval: view.asOf ? false : REFRESH_INTERVAL_MS,
    }),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const country = getCountry(iso2);

  useEffect(function focusHeadingAndRestoreOnClose() {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  useEffect(
    function closeOnEscape() {
      function onKeyDown(event: KeyboardEvent) {
        if (event.key === "Escape" && !event.defaultPrevented) onClose();
      }
      document.addEventListener("keydown", onKeyDown);
      return () => document.removeEventListener("keydown", onKeyDown);
    },
    [onClose],
  );

  return (
    <aside className="country-panel" aria-labelledby="country-heading" data-iso2={iso2}>
      <header className="country-panel__header">
        <div>
          <h2 id="country-heading" ref={headingRef} tabIndex={-1}>
            {country?.name ?? iso2}
          </h2>
          <p className="muted">
            {country ? regionName(country.region) : "Unknown country code"} · situation over{" "}
            {view.window.replace("d", " days")}
            {view.asOf ? ` to ${view.asOf}` : ""}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close country situation" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="country-panel__body" aria-busy={detail.isFetching}>
        {detail.isError && !detail.data ? (
          <ErrorState
            title={`The situation of ${country?.name ?? iso2} could not be loaded`}
            error={detail.error}
            onRetry={() => detail.refetch()}
          />
        ) : !detail.data ? (
          <LoadingState label="Loading the situation…" />
        ) : (
          <>
            <SituationSummary detail={detail.data} />
            <section aria-labelledby="charts-heading">
              <h3 id="charts-heading">Risk factors</h3>
              <Suspense fallback={<LoadingState label="Loading charts…" />}>
                <FactorCharts detail={detail.data} />
              </Suspense>
            </section>
            <TopEvidenceList evidence={detail.data.topEvidence} />
          </>
        )}
      </div>
    </aside>
  );
}
