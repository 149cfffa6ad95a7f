import { writeFile } from "node:fs/promises";
import path from "node:path";
import { ExportRequestError, parseExportRequest } from "../exports/export-request.ts";
import { gazetteerSources } from "../exports/export-sources.ts";
import { fetchExportDocument } from "../exports/fetch-export-document.ts";
import { renderExport } from "../exports/render-export.ts";
import { cliCaller, parseCommandArgs, runCommand, UsageError, withDatabase, writeOut } from "./cli-kit.ts";

/** One-line description for `vigil help`. */
export const summary = "export a view or a snapshot as JSON, CSV, GeoJSON or a printable brief";

const USAGE =
  "Usage: pnpm -s vigil export --format json|csv|geojson|brief [--table situations|evidence]\n" +
  "         [--window 7d|30d|90d|365d] [--as-of YYYY-MM-DD|ISO] [--region R] [--country ISO2]\n" +
  "         [--risk-factor N]... [--indicator ID]... [--source-type news|alert]... | [--snapshot ID]\n" +
  "         [--data-dir DIR] [--out FILE]\n" +
  "Writes to stdout (nothing else) unless --out is given. Filters and output match /export/<format>.";

/**
 * `vigil export`: the same documents and renderings as the `/export/*` endpoints, through the same
 * procedures (`snapshot.preview`, `snapshot.get`) called in-process. The command line has no signed-in
 * user, so field alerts are redacted as for anyone.
 */
export function run(args: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      table: { type: "string" },
      window: { type: "string" },
      "as-of": { type: "string" },
      region: { type: "string" },
      country: { type: "string" },
      "risk-factor": { type: "string", multiple: true },
      indicator: { type: "string", multiple: true },
      "source-type": { type: "string", multiple: true },
      snapshot: { type: "string" },
      "data-dir": { type: "string" },
      out: { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'.`);
    if (values.format === undefined) throw new UsageError("Missing --format.");
    const filterFlags = [
      "window",
      "as-of",
      "region",
      "country",
      "risk-factor",
      "indicator",
      "source-type",
    ] as const;
    if (values.snapshot !== undefined && filterFlags.some((flag) => values[flag] !== undefined)) {
      throw new UsageError(
        "A snapshot is exported with the filters it was saved with: drop the filter flags.",
      );
    }
    const params = new URLSearchParams();
    const set = (name: string, value: string | string[] | undefined) => {
      for (const entry of typeof value === "string" ? [value] : (value ?? [])) params.append(name, entry);
    };
    set("table", values.table);
    set("snapshot", values.snapshot);
    set("window", values.window);
    set("asOf", values["as-of"]);
    set("region", values.region);
    set("iso2", values.country);
    set("riskFactors", values["risk-factor"]);
    set("indicators", values.indicator);
    set("sourceTypes", values["source-type"]);
    let request: ReturnType<typeof parseExportRequest>;
    try {
      request = parseExportRequest(values.format, params);
    } catch (error) {
      if (error instanceof ExportRequestError) throw new UsageError(error.message);
      throw error;
    }
    return withDatabase(values["data-dir"], async (database, config) => {
      const caller = await cliCaller(database, config);
      const document = await fetchExportDocument(caller, request);
      const rendered = renderExport(document, request, gazetteerSources);
      if (values.out === undefined) {
        await writeOut(rendered.body);
      } else {
        const file = path.resolve(config.workingDir, values.out);
        await writeFile(file, rendered.body);
        process.stderr.write(`Wrote ${file} (content sha256 ${document.contentHash})\n`);
      }
      return 0;
    });
  });
}
