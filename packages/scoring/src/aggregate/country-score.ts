import { FACTOR_GRAVITY, noisyOr, round3 } from "../combine.ts";

// Every constant is stated in docs/SCORING.md, section "A country".
/** Evidence that saturates a factor: E = K gives 63 points, 2K gives 86. */
export const SATURATION_K = 3;
/** Fewer items than this mentioning a country in the window means "not monitored", never a fake zero. */
export const MIN_COVERAGE_ITEMS = 3;
/** Each further independent source adds this much to a story cluster, up to CORROBORATION_CAP. */
export const CORROBORATION_STEP = 0.25;
/** The largest corroboration multiplier: one loud story can't outweigh many. */
export const CORROBORATION_CAP = 2;
/** Unverified field alerts count at this fraction of a verified one. */
export const UNVERIFIED_ALERT_FACTOR = 0.5;

/** Level thresholds on the 0–100 score, lowest first. */
export const LEVELS = [
  { level: "low", min: 0 },
  { level: "moderate", min: 20 },
  { level: "high", min: 45 },
  { level: "severe", min: 70 },
] as const;

/** A country's risk level; "not-monitored" when coverage is too thin to say anything. */
export type RiskLevel = "not-monitored" | (typeof LEVELS)[number]["level"];
/** Every level, "not-monitored" first. */
export const RISK_LEVELS: readonly RiskLevel[] = ["not-monitored", ...LEVELS.map((entry) => entry.level)];

/** Half-life of evidence in days for a window: a third of the window, so old items fade but still count. */
export function halfLifeDays(windowDays: number): number {
  return windowDays / 3;
}

/** Decay factor of evidence `ageDays` old (0 = the as-of day). */
export function decayFactor(ageDays: number, windowDays: number): number {
  return 0.5 ** (Math.max(0, ageDays) / halfLifeDays(windowDays));
}

/** The multiplier a story cluster gets from `sourceCount` independent sources. */
export function corroborationFactor(sourceCount: number): number {
  return Math.min(CORROBORATION_CAP, 1 + CORROBORATION_STEP * Math.max(0, sourceCount - 1));
}

/** Evidence of one cluster for one country and risk factor, before decay. */
export function clusterEvidence(options: {
  /** Per member item: its weight for the factor and its source reliability. */
  members: readonly { factorWeight: number; reliability: number }[];
  sourceCount: number;
  countryConfidence: number;
}): number {
  const strongest = Math.max(0, ...options.members.map((member) => member.factorWeight * member.reliability));
  return strongest * corroborationFactor(options.sourceCount) * options.countryConfidence;
}

/** A factor's 0–100 score from its decayed evidence sum. */
export function factorScore(evidence: number): number {
  return round3(100 * (1 - Math.exp(-Math.max(0, evidence) / SATURATION_K)));
}

/** The overall 0–100 score: noisy-or of factor scores, each scaled by its gravity. */
export function overallScore(factorScores: Readonly<Record<number, number>>): number {
  const parts = Object.entries(factorScores).map(
    ([id, score]) => (FACTOR_GRAVITY[Number(id)] ?? 0.5) * (score / 100),
  );
  return round3(100 * noisyOr(parts));
}

/** The level for a score, or "not-monitored" when coverage is below the floor. */
export function levelOf(score: number, coverageItems: number): RiskLevel {
  if (coverageItems < MIN_COVERAGE_ITEMS) return "not-monitored";
  let level: RiskLevel = "low";
  for (const entry of LEVELS) if (score >= entry.min) level = entry.level;
  return level;
}
