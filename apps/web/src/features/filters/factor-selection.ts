import { RISK_FACTORS } from "@vigil/taxonomy";
import { normaliseFactors, normaliseIndicators } from "./view-state.ts";

/** The picked risk factors (whole) and indicators (one by one). */
export interface FactorSelection {
  riskFactors: readonly number[];
  indicators: readonly string[];
}

function indicatorIdsOf(factorId: number): string[] {
  return (
    RISK_FACTORS.find((factor) => factor.id === factorId)?.indicators.map((indicator) => indicator.id) ?? []
  );
}

/** Ticks or unticks a whole factor; its single indicators are folded into it. */
export function toggleFactor(selection: FactorSelection, factorId: number): FactorSelection {
  const ownIds = new Set(indicatorIdsOf(factorId));
  const indicators = selection.indicators.filter((id) => !ownIds.has(id));
  const riskFactors = selection.riskFactors.includes(factorId)
    ? selection.riskFactors.filter((id) => id !== factorId)
    : [...selection.riskFactors, factorId];
  return { riskFactors: normaliseFactors(riskFactors), indicators: normaliseIndicators(indicators) };
}

/**
 * Ticks or unticks one indicator. Unticking one of a ticked factor keeps the factor's other indicators;
 * ticking the last missing one of a factor becomes the factor.
 */
export function toggleIndicator(selection: FactorSelection, indicatorId: string): FactorSelection {
  const factorId = Number.parseInt(indicatorId, 10);
  const siblings = indicatorIdsOf(factorId);
  if (selection.riskFactors.includes(factorId)) {
    return {
      riskFactors: selection.riskFactors.filter((id) => id !== factorId),
      indicators: normaliseIndicators([
        ...selection.indicators,
        ...siblings.filter((id) => id !== indicatorId),
      ]),
    };
  }
  const indicators = selection.indicators.includes(indicatorId)
    ? selection.indicators.filter((id) => id !== indicatorId)
    : [...selection.indicators, indicatorId];
  if (siblings.length > 0 && siblings.every((id) => indicators.includes(id))) {
    return toggleFactor({ riskFactors: selection.riskFactors, indicators }, factorId);
  }
  return { riskFactors: selection.riskFactors, indicators: normaliseIndicators(indicators) };
}

/** Whether an indicator counts as picked, by itself or through its factor. */
export function isIndicatorPicked(selection: FactorSelection, indicatorId: string): boolean {
  return (
    selection.indicators.includes(indicatorId) ||
    selection.riskFactors.includes(Number.parseInt(indicatorId, 10))
  );
}
