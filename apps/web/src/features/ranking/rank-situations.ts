import type { CountrySituation } from "../../lib/api-types.ts";
import type { RegionId } from "../../lib/regions.ts";
import type { RankingSort, SortKey } from "../filters/view-state.ts";

/** Options for `rankSituations`. */
export interface RankOptions {
  region: RegionId | null;
  sort: RankingSort;
  /** Include countries without enough coverage to rate (listed after the rated ones). */
  isShowingUnmonitored: boolean;
}

/** A ranked country and its rank among the rows shown. */
export interface RankedSituation {
  rank: number;
  situation: CountrySituation;
}

// Trends without a delta ("new": the previous window was not monitored) sort after every number.
function sortValue(situation: CountrySituation, key: SortKey): number | null {
  if (key === "score") return situation.score;
  if (key === "evidence") return situation.evidenceCount;
  return situation.trend.delta;
}

/** The ranking table's rows: the region's countries, rated ones first, in the chosen order; ties by name. */
export function rankSituations(
  situations: readonly CountrySituation[],
  options: RankOptions,
): RankedSituation[] {
  const { region, sort } = options;
  const sign = sort.direction === "asc" ? 1 : -1;
  const rows = situations.filter(
    (situation) =>
      (region === null || situation.region === region) &&
      (options.isShowingUnmonitored || situation.level !== "not-monitored"),
  );
  rows.sort((a, b) => {
    const unratedA = a.level === "not-monitored" ? 1 : 0;
    const unratedB = b.level === "not-monitored" ? 1 : 0;
    if (unratedA !== unratedB) return unratedA - unratedB;
    const valueA = sortValue(a, sort.key);
    const valueB = sortValue(b, sort.key);
    if (valueA === null || valueB === null) {
      if (valueA !== valueB) return valueA === null ? 1 : -1;
    } else if (valueA !== valueB) {
      return (valueA - valueB) * sign;
    }
    return a.name.localeCompare(b.name);
  });
  return rows.map((situation, index) => ({ rank: index + 1, situation }));
}

/** How many of the region's countries are not monitored. */
export function countUnmonitored(situations: readonly CountrySituation[], region: RegionId | null): number {
  return situations.filter((s) => (region === null || s.region === region) && s.level === "not-monitored")
    .length;
}
