/**
 * The scoring version. Bump it whenever the formula, the lexicons' semantics or the gazetteer rules
 * change in a way that moves scores, so stored scores and snapshots say which rules produced them.
 */
export const SCORING_VERSION = "2026.11.1";
