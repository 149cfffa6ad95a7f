import { readFile } from "node:fs/promises";
import { CONTEXT_RULES, PLACE_TERMS } from "@vigil/gazetteer";
import { createScorer, evaluate, getDefaultScorer, type LabelledText } from "@vigil/scoring";
import { loadLexicons } from "@vigil/taxonomy/lexicons";
import { z } from "zod";

/** One-line description for `vigil help`. */
export const summary =
  "score a labelled JSONL file (text, country_iso2) and print precision, recall, factor hit rates";

const LabelledTextSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  text: z.string().min(1).max(100_000),
  title: z.string().max(2_000).optional(),
  lang: z.string().length(2).optional(),
  country_iso2: z.string().length(2),
  violence_type: z.string().optional(),
});

/** `vigil eval FILE.jsonl [--json]`: the scorer beside a country-names-only baseline. */
export async function run(args: string[]): Promise<number> {
  const file = args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--min-precision");
  if (file === undefined) {
    process.stderr.write("Usage: pnpm vigil eval FILE.jsonl [--json]\n");
    return 2;
  }
  const rows: LabelledText[] = [];
  const lines = (await readFile(file, "utf8")).split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: invalid JSON: ${(error as Error).message}`);
    }
    const parsed = LabelledTextSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
    rows.push(parsed.data);
  });
  const report = evaluate(getDefaultScorer(), rows);
  // The baseline knows only country names and aliases: what plain name matching can do.
  const namesOnly = createScorer({
    lexicons: loadLexicons(),
    places: PLACE_TERMS.filter((place) => place.kind === "country" || place.kind === "alias"),
    contextRules: CONTEXT_RULES,
  });
  const baseline = evaluate(namesOnly, rows);
  if (args.includes("--json")) {
    process.stdout.write(
      `${JSON.stringify({ file, report, baseline: { ...baseline, mistakes: undefined } }, null, 2)}\n`,
    );
    return checkFloor(args, report.precision);
  }
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const out = [
    `Evaluation of ${file}: ${report.rows} rows`,
    `  top-country precision  ${pct(report.precision)}  (${report.correct}/${report.predicted} rows where a country was found)`,
    `  top-country recall     ${pct(report.recall)}  (${report.correct}/${report.rows})`,
    `  baseline, names only:  precision ${pct(baseline.precision)}, recall ${pct(baseline.recall)}`,
    `  any risk factor        ${pct(report.anyFactorRate)}`,
    `  factor 1, 11 or 13     ${pct(report.violenceFactorRate)}`,
    ...Object.entries(report.byViolenceType).map(
      ([type, bucket]) => `    ${type.padEnd(22)} ${pct(bucket.violenceFactorRate)} of ${bucket.rows}`,
    ),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
  return checkFloor(args, report.precision);
}

/** `--min-precision X` makes the command fail below X, so CI holds the line. */
function checkFloor(args: string[], precision: number): number {
  const flag = args.indexOf("--min-precision");
  if (flag < 0) return 0;
  const floor = Number(args[flag + 1]);
  if (!Number.isFinite(floor)) throw new Error("--min-precision takes a number such as 0.95");
  if (precision >= floor) return 0;
  process.stderr.write(`Top-country precision ${precision} is below the floor ${floor}.\n`);
  return 1;
}
