import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { getCountry } from "@vigil/gazetteer/countries";
import { useMemo } from "react";
import { REFRESH_INTERVAL_MS } from "../../lib/query-client.ts";
import { regionName } from "../../lib/regions.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/states.tsx";
import { toItemsInput } from "../filters/query-inputs.ts";
import type { ViewState } from "../filters/view-state.ts";
import { EvidenceItem } from "./evidence-item.tsx";
import { groupStories } from "./group-stories.ts";

/** Props of LatestEvidence. */
export interface LatestEvidenceProps {
  view: ViewState;
  /** "YYYY-MM-DD" today (UTC); the window ends here unless the view has an as-of date. */
  today: string;
}

/** The newest items behind the view, filtered like the map, a page at a time. */
export function LatestEvidence({ view, today }: LatestEvidenceProps) {
  const trpc = useTRPC();
  const input = toItemsInput(view, new Date(`${today}T12:00:00Z`), view.country ?? undefined);
  const items = useInfiniteQuery(
    trpc.item.list.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
      refetchInterval: view.asOf ? false : REFRESH_INTERVAL_MS,
    }),
  );
  // The server filters by country or region, so every page is full.
  const shown = useMemo(
    () => groupStories(items.data?.pages.flatMap((page) => page.items) ?? []),
    [items.data],
  );
  const scope = view.country
    ? (getCountry(view.country)?.name ?? view.country)
    : view.region
      ? regionName(view.region)
      : null;

  return (
    <section className="latest-evidence" aria-labelledby="latest-heading">
      <h2 id="latest-heading">Latest evidence{scope ? ` · ${scope}` : ""}</h2>
      {items.isError && !items.data ? (
        <ErrorState
          title="The latest evidence could not be loaded"
          error={items.error}
          onRetry={() => items.refetch()}
        />
      ) : !items.data ? (
        <LoadingState label="Loading the latest evidence…" />
      ) : shown.length === 0 && !items.hasNextPage ? (
        <EmptyState title="No item matches this view">
          <p>Nothing was published in this window with these filters.</p>
        </EmptyState>
      ) : (
        <ol className="evidence-list">
          {shown.map((story) => (
            <li key={story.item.id}>
              <EvidenceItem story={story} />
            </li>
          ))}
        </ol>
      )}
      {items.hasNextPage ? (
        <button
          type="button"
          className="button"
          disabled={items.isFetchingNextPage}
          onClick={() => items.fetchNextPage()}
        >
          {items.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </section>
  );
}
