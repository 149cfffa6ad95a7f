import type { CountrySituation, MapCountriesInput } from "@vigil/db";
import { cliCaller, parseCommandArgs, runCommand, UsageError, withDatabase, writeOut } from "./cli-kit.ts";

/** One-line description for `vigil help`. */
export const summary = "country situations in a window, as map.countries (--json for the exact API answer)";

const USAGE =
  "Usage: pnpm vigil countries [--window 7d|30d|90d|365d] [--as-of YYYY-MM-DD|ISO] [--region R]\n" +
  "         [--risk-factor N]... [--indicator ID]... [--source-type news|alert]... [--all] [--json] [--data-dir DIR]";

/** `vigil countries`: a ranked table, or with `--json` exactly what `map.countries` answers (stdout is pure JSON). */
export function run(args: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {
      window: { type: "string", default: "30d" },
      "as-of": { type: "string" },
      region: { type: "string" },
      "risk-factor": { type: "string", multiple: true },
      indicator: { type: "string", multiple: true },
      "source-type": { type: "string", multiple: true },
      all: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      "data-dir": { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument '${positionals[0]}'.`);
    // Flags are strings; the casts only satisfy the compiler, MapCountriesInputSchema checks the values.
    const input = {
      window: values.window,
      asOf: values["as-of"] === undefined ? undefined : asOfInstant(values["as-of"]),
      region: values.region,
      riskFactors: values["risk-factor"]?.map(Number),
      indicators: values.indicator,
      sourceTypes: values["source-type"],
    } as MapCountriesInput;
    return withDatabase(values["data-dir"], async (database, config) => {
      const caller = await cliCaller(database, config);
      const situations = await caller.map.countries(input);
      await writeOut(values.json ? `${JSON.stringify(situations)}\n` : renderTable(situations, values.all));
      return 0;
    });
  });
}

/** A bare date means the end of that UTC day, so the whole day is in the picture. */
export function asOfInstant(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value;
}

function renderTable(situations: readonly CountrySituation[], isAll: boolean): string {
  const monitored = situations.filter((situation) => situation.level !== "not-monitored");
  const shown = (isAll ? [...situations] : monitored).sort(
    (a, b) => b.score - a.score || a.iso2.localeCompare(b.iso2),
  );
  const lines = shown.map((situation) => {
    const trend =
      situation.trend.delta === null
        ? situation.trend.direction
        : `${situation.trend.direction} ${signed(situation.trend.delta)}`;
    const factors = situation.factors
      .slice(0, 3)
      .map((factor) => `F${factor.id} ${factor.score.toFixed(0)}`)
      .join(", ");
    return [
      situation.iso2,
      situation.name.slice(0, 24).padEnd(24),
      situation.level.padEnd(13),
      situation.score.toFixed(1).padStart(5),
      trend.padEnd(15),
      situation.isSpike ? "SPIKE" : "     ",
      String(situation.evidenceCount).padStart(5),
      String(situation.coverage).padStart(6),
      factors,
    ].join("  ");
  });
  const header = [
    "  ",
    "country".padEnd(24),
    "level".padEnd(13),
    "score",
    "trend".padEnd(15),
    "spike",
    "evid.",
    "items",
    "top factors",
  ];
  const hidden = isAll
    ? ""
    : `\n${situations.length - monitored.length} countries not monitored (fewer than 3 items); --all lists them.`;
  return `${header.join("  ")}\n${lines.join("\n")}${lines.length === 0 ? "(no country is monitored in this window)" : ""}${hidden}\n`;
}

function signed(value: number): string {
  return `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
}
