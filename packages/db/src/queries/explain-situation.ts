import { MIN_COVERAGE_ITEMS, round3, UNVERIFIED_ALERT_FACTOR } from "@vigil/scoring";
import type { CountryRef } from "../countries.ts";
import { isoDateOfDay } from "../days.ts";
import type { CountryDetail } from "../schemas/country-detail.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import type { WindowPlan } from "./evidence-window.ts";

type Explanation = CountryDetail["explanation"];
type Breakdown = CountryDetail["factors"];

/** The numbers behind a situation, in the order the formula uses them. */
export function explanationOf(
  situation: CountrySituation,
  factors: Breakdown,
  plan: WindowPlan,
  asOf: Date,
): Explanation {
  const delta = situation.trend.delta;
  return {
    windowDays: plan.windowDays,
    asOf: asOf.toISOString(),
    halfLifeDays: round3(plan.halfLifeDays),
    coverage: situation.coverage,
    minCoverage: MIN_COVERAGE_ITEMS,
    isMonitored: situation.level !== "not-monitored",
    score: situation.score,
    level: situation.level,
    previousScore: delta === null ? null : round3(situation.score - delta),
    factors: factors.map(({ id, score, evidence, clusters }) => ({ id, score, evidence, clusters })),
  };
}

/** A plain-English account of the score that follows the formula, for analysts who must defend it. */
export function whyOf(
  country: CountryRef,
  situation: CountrySituation,
  factors: Breakdown,
  plan: WindowPlan,
  unverifiedAlerts = 0,
): string {
  const period = `the ${plan.windowDays} days to ${isoDateOfDay(plan.asOfDay)}`;
  const sentences: string[] = [];
  const score = Math.round(situation.score);
  if (situation.level === "not-monitored") {
    sentences.push(
      `${country.name} is not monitored: only ${situation.coverage} item${situation.coverage === 1 ? "" : "s"} about it in ${period} (${MIN_COVERAGE_ITEMS} needed), so the score of ${score} is not rated.`,
    );
  } else {
    sentences.push(
      `Score ${score} (${situation.level}) from ${situation.coverage} items about ${country.name} in ${period}.`,
    );
  }
  if (factors.length === 0) sentences.push("No risk indicators were found in that coverage.");
  for (const factor of factors.slice(0, 3)) {
    const clusters = `${factor.clusters} stor${factor.clusters === 1 ? "y" : "ies"}`;
    let sentence = `Factor ${factor.id} scored ${Math.round(factor.score)} from ${clusters} (decayed evidence ${round3(factor.evidence)})`;
    if (factor.strongest) {
      const corroborated =
        factor.strongest.sourceCount > 1 ? `, corroborated by ${factor.strongest.sourceCount} sources` : "";
      const alert = factor.strongest.alert ? `, ${factor.strongest.alert.verification} field alert` : "";
      sentence += `; strongest '${shorten(factor.strongest.title)}' (${factor.strongest.sourceName}${alert}, reliability ${factor.strongest.reliability}${corroborated})`;
    }
    sentences.push(`${sentence}.`);
  }
  if (factors.length > 3)
    sentences.push(`${factors.length - 3} more factor${factors.length === 4 ? "" : "s"} add less.`);
  const { delta, direction } = situation.trend;
  if (direction === "new") sentences.push("The previous window was not monitored, so there is no trend.");
  else if (delta !== null) {
    const change = direction === "steady" ? "Steady" : direction === "rising" ? "Up" : "Down";
    sentences.push(
      `${change} ${Math.abs(Math.round(delta))} points on the previous ${plan.windowDays} days.`,
    );
  }
  if (situation.isSpike) sentences.push("Evidence spiked in the last 3 days.");
  if (unverifiedAlerts > 0) {
    sentences.push(
      `${unverifiedAlerts} unverified field alert${unverifiedAlerts === 1 ? "" : "s"} among the top evidence count${unverifiedAlerts === 1 ? "s" : ""} at ${UNVERIFIED_ALERT_FACTOR}× weight until a coordinator verifies ${unverifiedAlerts === 1 ? "it" : "them"}.`,
    );
  }
  sentences.push(
    `Evidence halves every ${round3(plan.halfLifeDays)} days; each story counts once, more for each independent source.`,
  );
  return sentences.join(" ");
}

function shorten(title: string): string {
  return title.length <= 60 ? title : `${title.slice(0, 57).trimEnd()}…`;
}
