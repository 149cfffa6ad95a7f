export * from "./aggregate/country-score.ts";
export * from "./aggregate/trend.ts";
export {
  BODY_MENTION_FACTOR,
  FACTOR_GRAVITY,
  METONYM_FACTOR,
  MIN_COUNTRY_CONFIDENCE,
  noisyOr,
  riskFactorOf,
  round3,
} from "./combine.ts";
export { getDefaultScorer } from "./default-scorer.ts";
export { type EvaluationReport, evaluate, type LabelledText, VIOLENCE_FACTORS } from "./evaluate.ts";
export { foldText, foldTokens } from "./fold.ts";
export {
  AMBIGUOUS_FACTOR,
  ATTACKER_FACTOR,
  FLAGGED_AMBIGUOUS_FACTOR,
  LOCATIVE_FACTOR,
  UNINFORMATIVE_CASE_FACTOR,
} from "./place-resolver.ts";
export { createScorer, type ScoreInput, type Scorer } from "./score-text.ts";
export type { ScorerContextRule, ScorerLexicon, ScorerOptions, ScorerPlaceTerm } from "./scorer-data.ts";
export { CUE_WINDOW, HEDGE_FACTOR } from "./signal-detector.ts";
export {
  FINGERPRINT_BANDS,
  fingerprintBands,
  fingerprintHashes,
  isNearDuplicate,
  NEAR_DUPLICATE_SIMILARITY,
  storyFingerprint,
  storySimilarity,
} from "./story-fingerprint.ts";
export type * from "./types.ts";
export { SCORING_VERSION } from "./version.ts";
