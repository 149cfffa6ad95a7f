import type { SnapshotViewInput } from "@vigil/db";
import { CSV_TABLES, type CsvTableName } from "./situation-csv.ts";

/** The formats `/export/<format>` and `vigil export --format` offer. */
export const EXPORT_FORMATS = ["json", "csv", "geojson", "brief"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What to export: a saved snapshot by id, or the live view with its filters. */
export type ExportSource = { snapshotId: string } | { view: SnapshotViewInput };

/** A parsed export request. */
export interface ExportRequest {
  format: ExportFormat;
  table: CsvTableName;
  source: ExportSource;
}

/** An export request the caller got wrong; the message says what would have been right. */
export class ExportRequestError extends Error {
  override readonly name = "ExportRequestError";
}

/**
 * Reads an export request from query parameters (the `/export/*` endpoints, and `vigil export`, which
 * turns its flags into the same parameters). List filters may repeat or be comma-separated:
 * `riskFactors=1,2` or `riskFactors=1&riskFactors=2`. A bare `asOf` date means the end of that UTC day,
 * as on the dashboard. Values are checked by SnapshotViewInputSchema when the procedure runs.
 */
export function parseExportRequest(format: string, params: URLSearchParams): ExportRequest {
  const known = EXPORT_FORMATS.find((entry) => entry === format);
  if (!known)
    throw new ExportRequestError(`Unknown export format '${format}': use ${EXPORT_FORMATS.join(", ")}`);
  const table = params.get("table") ?? "situations";
  const knownTable = CSV_TABLES.find((entry) => entry === table);
  if (!knownTable)
    throw new ExportRequestError(`Unknown CSV table '${table}': use ${CSV_TABLES.join(" or ")}`);
  const snapshotId = params.get("snapshot");
  if (snapshotId !== null) return { format: known, table: knownTable, source: { snapshotId } };
  const list = (name: string) => {
    const values = params
      .getAll(name)
      .flatMap((value) => value.split(","))
      .filter(Boolean);
    return values.length > 0 ? values : undefined;
  };
  const window = params.get("window") ?? undefined;
  const asOf = params.get("asOf") ?? undefined;
  // Strings go in as they are: the schema refuses what doesn't fit, with a message naming the field.
  const view = {
    window: window !== undefined && /^\d+$/.test(window) ? Number(window) : window,
    asOf: asOf !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf,
    region: params.get("region") ?? undefined,
    iso2: params.get("iso2") ?? params.get("country") ?? undefined,
    riskFactors: list("riskFactors")?.map(Number),
    indicators: list("indicators"),
    sourceTypes: list("sourceTypes"),
  } as SnapshotViewInput;
  return { format: known, table: knownTable, source: { view } };
}
