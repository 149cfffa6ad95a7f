import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { CountrySituation } from "../../lib/api-types.ts";
import { REFRESH_INTERVAL_MS } from "../../lib/query-client.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { toMapInput } from "../filters/query-inputs.ts";
import type { ViewState } from "../filters/view-state.ts";

/**
 * Every country's situation for the view: one query feeds the map and the ranking. While a new answer
 * loads the previous one stays on screen (no flicker); if the server stops answering, the last good
 * answer stays too (`isFallback`), under an error banner, instead of a blank map.
 */
export function useSituations(view: ViewState) {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.map.countries.queryOptions(toMapInput(view), {
      placeholderData: keepPreviousData,
      refetchInterval: view.asOf ? false : REFRESH_INTERVAL_MS,
    }),
  );
  const [lastGood, setLastGood] = useState<CountrySituation[] | undefined>(undefined);
  const isFresh = query.data !== undefined && !query.isPlaceholderData;
  useEffect(
    function rememberLastGoodAnswer() {
      if (isFresh) setLastGood(query.data);
    },
    [isFresh, query.data],
  );
  const situations = query.data ?? lastGood;
  return { query, situations, isFallback: query.data === undefined && situations !== undefined };
}
