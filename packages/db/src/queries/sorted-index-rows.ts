import type { StoreStatements } from "./store-statements.ts";

/** What a statement is used for here: run with positional parameters. */
export interface RowWriter<P extends unknown[] = unknown[]> {
  run(...params: P): unknown;
}

/** (item id, iso2, confidence, evidence JSON, published_at), as insertCountry takes them. */
type CountryRow = [number, string, number, string, string];
/** (iso2, day, cluster id), as insertCountryDay takes them. */
type CountryDayRow = [string, number, number];

/**
 * item_countries and cluster_country_days rows of one transaction, held back and written in the order
 * of the index they land in at random otherwise: item_countries_by_country (iso2, published_at, item id)
 * and cluster_country_days' key (iso2, day, cluster). Written as they come, each went to another leaf of
 * a big index (~5.5 µs a row); in order, one leaf after the next (~2 µs). The rows are the same either way.
 * Whatever reads item_countries during the transaction calls `writeCountries` first (loadClusterMembers);
 * nothing in ingest reads cluster_country_days.
 */
export class SortedIndexRows {
  private readonly countryRows: CountryRow[] = [];
  private readonly countryDayRows: CountryDayRow[] = [];
  /** Stands in for insertCountry: holds the row back. */
  readonly countries: RowWriter<CountryRow>;
  /** Stands in for insertCountryDay: holds the row back. */
  readonly countryDays: RowWriter<CountryDayRow>;

  constructor(private readonly statements: Pick<StoreStatements, "insertCountry" | "insertCountryDay">) {
    const { countryRows, countryDayRows } = this;
    this.countries = { run: (...row) => countryRows.push(row) };
    this.countryDays = { run: (...row) => countryDayRows.push(row) };
  }

  /** Writes the item_countries rows held back so far. */
  writeCountries(): void {
    const rows = this.countryRows.sort(byCountryRow);
    for (const row of rows) this.statements.insertCountry.run(...row);
    rows.length = 0;
  }

  /** Writes every row held back; call before the transaction commits. */
  writeAll(): void {
    this.writeCountries();
    const rows = this.countryDayRows.sort(byCountryDayRow);
    for (const row of rows) this.statements.insertCountryDay.run(...row);
    rows.length = 0;
  }
}

// Codes and ISO instants are ASCII, so < orders them as SQLite's BINARY collation does.
function byCountryRow(a: CountryRow, b: CountryRow): number {
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  if (a[4] !== b[4]) return a[4] < b[4] ? -1 : 1;
  return a[0] - b[0];
}

function byCountryDayRow(a: CountryDayRow, b: CountryDayRow): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] - b[1] || a[2] - b[2];
}
