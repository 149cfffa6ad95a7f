import { useQuery } from "@tanstack/react-query";
import type { BorderCollection } from "@vigil/gazetteer/borders";

async function loadBordersChunk(): Promise<BorderCollection> {
  // Its own chunk (Natural Earth 1:50m and topojson-client): the first screen's JS stays small.
  const { loadBorders } = await import("@vigil/gazetteer/borders");
  return loadBorders();
}

/** Country borders, loaded once per session from a lazy chunk (no network beyond the app's own files). */
export function useBorders() {
  return useQuery({
    queryKey: ["borders"],
    queryFn: loadBordersChunk,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
