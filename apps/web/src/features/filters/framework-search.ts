import { type Indicator, RISK_FACTORS, type RiskFactor } from "@vigil/taxonomy";

/** One risk factor in the picker with the indicators that match the search. */
export interface FactorGroup {
  factor: RiskFactor;
  indicators: readonly Indicator[];
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * The Framework grouped by risk factor, narrowed to a search. A query matches an indicator by its
 * number ("8.8", "8.") or words of its name; a factor that matches by number or name keeps all of its
 * indicators. Every word of the query must match.
 */
export function searchFramework(query: string): FactorGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return RISK_FACTORS.map((factor) => ({ factor, indicators: factor.indicators }));
  const matches = (id: string, name: string) => {
    const haystack = `${id} ${fold(name)}`;
    return words.every((word) =>
      /^[\d.]+$/.test(word) ? `${id}.`.startsWith(word) || id === word : haystack.includes(word),
    );
  };
  const groups: FactorGroup[] = [];
  for (const factor of RISK_FACTORS) {
    if (matches(String(factor.id), factor.name)) {
      groups.push({ factor, indicators: factor.indicators });
      continue;
    }
    const indicators = factor.indicators.filter((indicator) => matches(indicator.id, indicator.name));
    if (indicators.length > 0) groups.push({ factor, indicators });
  }
  return groups;
}
