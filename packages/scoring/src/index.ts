export * from "./aggregate/country-score.ts";
export * from "./aggregate/trend.ts";
export { FACTOR_GRAVITY, MIN_COUNTRY_CONFIDENCE, noisyOr, riskFactorOf, round3 } from "./combine.ts";
export { foldText, foldTokens } from "./fold.ts";
export { getDefaultScorer } from "./default-scorer.ts";
export { createScorer, type ScoreInput, type Scorer } from "./score-text.ts";
export type { ScorerContextRule, ScorerLexicon, ScorerOptions, ScorerPlaceTerm } from "./scorer-data.ts";
export type * from "./types.ts";
export { SCORING_VERSION } from "./version.ts";
export { type EvaluationReport, type LabelledText, VIOLENCE_FACTORS, evaluate } from "./evaluate.ts";
export {
  AMBIGUOUS_FACTOR,
  ATTACKER_FACTOR,
  FLAGGED_AMBIGUOUS_FACTOR,
  LOCATIVE_FACTOR,
  UNINFORMATIVE_CASE_FACTOR,
} from "./place-resolver.ts";
export { BODY_MENTION_FACTOR, METONYM_FACTOR } from "./combine.ts";
export { CUE_WINDOW, HEDGE_FACTOR } from "./signal-detector.ts";
export {
  FINGERPRINT_BANDS,
  NEAR_DUPLICATE_SIMILARITY,
  fingerprintBands,
  fingerprintHashes,
  isNearDuplicate,
  storyFingerprint,
  storySimilarity,
} from "./story-fingerprint.ts";
