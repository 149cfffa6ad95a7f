// Browser-safe entry point: the web dashboard imports this, so nothing here may touch node:fs.
// Lexicons live behind "@vigil/taxonomy/lexicons".
export {
  getIndicator,
  getRiskFactor,
  getRiskFactorsInGroup,
  INDICATOR_IDS,
  INDICATORS,
  type Indicator,
  type IndicatorId,
  IndicatorIdSchema,
  RISK_FACTORS,
  type RiskFactor,
} from "./framework.ts";
export {
  type FrameworkRecord,
  FrameworkSchema,
  RISK_FACTOR_COUNT,
  RISK_FACTOR_GROUPS,
  type RiskFactorGroup,
  RiskFactorGroupSchema,
  RiskFactorIdSchema,
} from "./framework-schema.ts";
