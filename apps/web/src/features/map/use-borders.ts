import { useQuery } from "@tanstack/react-query";
import { loadBordersOnce } from "./preload-map.ts";

/** Country borders, loaded once per session from a lazy chunk (no network beyond the app's own files). */
export function useBorders() {
  return useQuery({
    queryKey: ["borders"],
    queryFn: loadBordersOnce,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
