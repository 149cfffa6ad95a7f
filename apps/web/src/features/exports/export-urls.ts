import type { RouterInputs } from "../../lib/trpc.ts";

/** A view as snapshots and exports take it (the `snapshot.create` input). */
export type ExportView = RouterInputs["snapshot"]["create"];

/** What to export: the live view with its filters, or a saved snapshot. */
export type ExportTarget = { view: ExportView } | { snapshotId: string };

/** One entry of the Export menu. */
export interface ExportChoice {
  format: "json" | "csv" | "geojson" | "brief";
  table?: "situations" | "evidence";
  label: string;
  hint: string;
}

/** The Export menu, in order: the server's `/export/<format>` endpoints (docs/EXPORTS.md). */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: "csv", table: "situations", label: "CSV: country situations", hint: "one row per country" },
  { format: "csv", table: "evidence", label: "CSV: evidence", hint: "one row per evidence item" },
  { format: "json", label: "JSON", hint: "everything, with a schema" },
  { format: "geojson", label: "GeoJSON", hint: "country shapes with levels, for GIS" },
  { format: "brief", label: "Printable brief", hint: "opens a page to print or save as PDF" },
];

/**
 * The download link of an export. Plain same-origin links: the browser sends the session cookie, so the
 * server exports exactly what this user may see, and the file keeps the server's name for it.
 */
export function exportUrl(target: ExportTarget, choice: Pick<ExportChoice, "format" | "table">): string {
  const params = new URLSearchParams();
  if ("snapshotId" in target) {
    params.set("snapshot", target.snapshotId);
  } else {
    const { view } = target;
    if (view.window !== undefined) params.set("window", String(view.window));
    if (view.asOf !== undefined)
      params.set("asOf", view.asOf instanceof Date ? view.asOf.toISOString() : view.asOf);
    if (view.region) params.set("region", view.region);
    if (view.iso2) params.set("iso2", view.iso2);
    if (view.riskFactors?.length) params.set("riskFactors", view.riskFactors.join(","));
    if (view.indicators?.length) params.set("indicators", view.indicators.join(","));
    if (view.sourceTypes?.length) params.set("sourceTypes", view.sourceTypes.join(","));
  }
  if (choice.format === "csv" && choice.table) params.set("table", choice.table);
  // Commas and colons are safe in a query string; readable links are easier to check by eye.
  const search = params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
  return `/export/${choice.format}${search ? `?${search}` : ""}`;
}
