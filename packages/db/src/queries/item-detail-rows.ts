import type { StoreStatements } from "./store-statements.ts";

/** Evidence as scored, or already its JSON text (isEncodedJsonArray in store-item.ts). */
type Evidence = readonly unknown[] | string;

/** The parts of a stored score that become an item's country and signal rows. */
interface ScoredDetails {
  countries: readonly { iso2: string; confidence: number; evidence: Evidence }[];
  signals: readonly { indicator: string; riskFactor: number; weight: number; evidence: Evidence }[];
}

/**
 * Writes an item's item_countries and item_signals rows, evidence as JSON (encoded here unless the
 * caller did). Shared by ingest (storeScoredItems) and the bulk loader, so both store an item's
 * details the same way.
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
      encoded(country.evidence),
      publishedAt,
    );
  }
  for (const signal of score.signals) {
    statements.insertSignal.run(
      itemId,
      signal.indicator,
      signal.riskFactor,
      signal.weight,
      encoded(signal.evidence),
    );
  }
}

function encoded(evidence: Evidence): string {
  return typeof evidence === "string" ? evidence : JSON.stringify(evidence);
}
