import { detectSpike, factorScore, levelOf, MIN_COVERAGE_ITEMS, overallScore, trendOf } from "@vigil/scoring";
import type { CountryRef } from "../countries.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import type { CountrySums } from "./evidence-sums.ts";

// Sums kept by adding and subtracting deltas can leave float dust where evidence went away.
const EVIDENCE_EPSILON = 1e-9;

/** Factor scores of a window from summed evidence; factors without evidence are left out. */
export function factorScoresOf(sums: CountrySums, window: "current" | "previous"): Record<number, number> {
  const scores: Record<number, number> = {};
  for (const [id, factor] of sums.factors) {
    if (factor[window] > EVIDENCE_EPSILON) scores[id] = factorScore(factor[window]);
  }
  return scores;
}

/**
 * A country's situation from its sums, following the formula: factor scores from decayed evidence,
 * overall score by overallScore(), level by levelOf() with coverage, trend against the previous window
 * (none when that window was not monitored), spike from the daily series.
 */
export function situationOf(country: CountryRef, sums: CountrySums): CountrySituation {
  const current = factorScoresOf(sums, "current");
  const score = overallScore(current);
  const previous =
    sums.previousCoverage >= MIN_COVERAGE_ITEMS ? overallScore(factorScoresOf(sums, "previous")) : null;
  let evidenceCount = 0;
  for (const factor of sums.factors.values()) evidenceCount += factor.clusters;
  return {
    iso2: country.iso2,
    name: country.name,
    region: country.region,
    score,
    level: levelOf(score, sums.coverage),
    trend: trendOf(score, previous),
    isSpike: detectSpike(sums.daily).isSpike,
    evidenceCount,
    coverage: sums.coverage,
    factors: Object.entries(current)
      .map(([id, factorScoreValue]) => ({ id: Number(id), score: factorScoreValue }))
      .sort((a, b) => b.score - a.score || a.id - b.id),
  };
}
