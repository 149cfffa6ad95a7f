import type { CountrySituation } from "@vigil/db";

/** A situation and its rank among rated countries (null when not monitored). */
export interface RankedSituation {
  rank: number | null;
  situation: CountrySituation;
}

/**
 * The dashboard's default ranking: rated countries by score, highest first, ties by name; then the
 * countries that are not monitored, by name, unranked.
 */
export function rankSituations(situations: readonly CountrySituation[]): RankedSituation[] {
  const byName = (a: CountrySituation, b: CountrySituation) => a.name.localeCompare(b.name, "en");
  const rated = situations.filter((situation) => situation.level !== "not-monitored");
  const unrated = situations.filter((situation) => situation.level === "not-monitored");
  return [
    ...rated
      .sort((a, b) => b.score - a.score || byName(a, b))
      .map((situation, index) => ({ rank: index + 1, situation })),
    ...unrated.sort(byName).map((situation) => ({ rank: null, situation })),
  ];
}
