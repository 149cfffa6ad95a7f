import { RISK_FACTOR_IDS } from "../database.ts";
import { countryDayKey, evidenceKey } from "./numeric-keys.ts";
import type { StoreStatements } from "./store-statements.ts";

const FACTORS = RISK_FACTOR_IDS.length;

/**
 * Changes to the country aggregates collected over one batch and written once at its end: a batch
 * of a feed's items mostly touches a few (country, day) rows many times, and one upsert per row
 * replaces dozens.
 */
export class AggregateDeltas {
  /** Per (day, country): items, then evidence per factor, then first-evidence clusters per factor. */
  // Keyed by numbers (numeric-keys.ts), not strings built per call.
  private readonly countryDaily = new Map<number, { day: number; iso2: string; values: number[] }>();
  private readonly indicatorDaily = new Map<
    number,
    { indicator: string; day: number; iso2: string; riskFactor: number; evidence: number; clusters: number }
  >();

  /** Counts an item about a country on a day. */
  addCoverage(day: number, iso2: string): void {
    const values = this.countryRow(day, iso2);
    values[0] = (values[0] ?? 0) + 1;
  }

  /** Moves a factor's evidence and first-evidence cluster count for a country and day. */
  addFactor(day: number, iso2: string, riskFactor: number, evidence: number, clusters: number): void {
    const values = this.countryRow(day, iso2);
    values[riskFactor] = (values[riskFactor] ?? 0) + evidence;
    values[FACTORS + riskFactor] = (values[FACTORS + riskFactor] ?? 0) + clusters;
  }

  /** Moves an indicator's evidence and first-evidence cluster count for a country and day. */
  addIndicator(
    indicator: string,
    riskFactor: number,
    day: number,
    iso2: string,
    evidence: number,
    clusters: number,
  ): void {
    const key = evidenceKey(iso2, indicator, day);
    const row = this.indicatorDaily.get(key);
    if (row) {
      row.evidence += evidence;
      row.clusters += clusters;
    } else this.indicatorDaily.set(key, { indicator, day, iso2, riskFactor, evidence, clusters });
  }

  /** Writes every collected change with one upsert per aggregate row. */
  flush(statements: StoreStatements, sourceType: string): void {
    for (const row of this.countryDaily.values()) {
      statements.addCountryDaily.run(row.day, sourceType, row.iso2, ...row.values);
    }
    for (const row of this.indicatorDaily.values()) {
      if (row.evidence === 0 && row.clusters === 0) continue;
      statements.addIndicatorDaily.run(
        row.indicator,
        row.day,
        sourceType,
        row.iso2,
        row.riskFactor,
        row.evidence,
        row.clusters,
      );
    }
    const days = new Set(
      [...this.countryDaily.values(), ...this.indicatorDaily.values()].map((row) => row.day),
    );
    for (const day of days) statements.bumpDay.run(day);
    this.countryDaily.clear();
    this.indicatorDaily.clear();
  }

  private countryRow(day: number, iso2: string): number[] {
    const key = countryDayKey(day, iso2);
    let row = this.countryDaily.get(key);
    if (!row) {
      row = { day, iso2, values: new Array<number>(1 + 2 * FACTORS).fill(0) };
      this.countryDaily.set(key, row);
    }
    return row.values;
  }
}
