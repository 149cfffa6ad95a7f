import type { StoreStatements } from "./store-statements.ts";

/** The parts of a stored score that become an item's country and signal rows. */
interface ScoredDetails {
  countries: readonly { iso2: string; confidence: number; evidence: readonly unknown[] }[];
  signals: readonly { indicator: string; riskFactor: number; weight: number; evidence: readonly unknown[] }[];
}

/**
 * Writes an item's item_countries and item_signals rows, evidence as JSON. Shared by ingest
 * (storeScoredItems) and the bulk loader, so both store an item's details the same way.
 */
export function insertItemDetails(
  statements: Pick<StoreStatements, "insertCountry" | "insertSignal">,
  itemId: number,
  score: ScoredDetails,
  publishedAt: string,
): void {
  for (const country of score.countries) {
    statements.insertCountry.run(
      itemId,
      country.iso2,
      country.confidence,
      JSON.stringify(country.evidence),
      publishedAt,
    );
  }
  for (const signal of score.signals) {
    statements.insertSignal.run(
      itemId,
      signal.indicator,
      signal.riskFactor,
      signal.weight,
      JSON.stringify(signal.evidence),
    );
  }
}
