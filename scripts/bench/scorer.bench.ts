/**
 * Scorer throughput on one core, beside (a) a naive baseline with one RegExp per term and (b) a floor
 * that only parses and writes the JSON lines; plus index build time and memory after loading.
 * Two floors: the one the target is judged on writes an empty result per line; the other writes the very
 * lines `vigil score` writes (stringified from prepared objects), to show what the output alone costs.
 * Both write as `vigil score` writes (ChunkWriter), so only scoring differs. Earlier sessions' floor made its
 * lines without writing them while `vigil score`'s were written; that ratio is printed too, for comparison.
 * The floors and `vigil score` take turns in short rounds, each keeping its best (bestRates).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreLine, scoreLineJson } from "../../apps/server/src/cli/score-line.ts";
import { bestRates, fmt, opsPerSecond, report, target } from "./bench-kit.ts";

const EVAL_FILE = fileURLToPath(new URL("../../../shared/eval/ucdp-ged-headlines.jsonl", import.meta.url));

// Start-up as the CLI pays it: loading the modules (with their data), then building every index.
const loadStarted = performance.now();
const { foldText, getDefaultScorer } = await import("@vigil/scoring");
// The place terms' own entry, as the scorer imports them: the gazetteer's index would load topojson-client,
// which `vigil score` never loads (see default-scorer.ts).
const { PLACE_TERMS } = await import("@vigil/gazetteer/place-terms");
const { loadLexicons } = await import("@vigil/taxonomy/lexicons");
const buildStarted = performance.now();
const scorer = getDefaultScorer();
const buildMs = performance.now() - buildStarted;
const loadMs = buildStarted - loadStarted;
globalThis.gc?.();
const memory = process.memoryUsage();

// Headline-sized inputs: the dev set when it is beside the project, else sentences made from the lexicons.
const headlines: string[] = existsSync(EVAL_FILE)
  ? readFileSync(EVAL_FILE, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).text as string)
  : syntheticHeadlines(600);
const lines = headlines.map((text, index) => JSON.stringify({ id: `h${index}`, text }));
const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0);

const outputs = lines.map((line) => scoreLine(scorer, line));
let written = 0;
/**
 * Writing as `vigil score` writes (score-command.ts): lines joined 256 at a time into one chunk. The floor
 * and vigil score both write through it, so the ratio between them is the cost of scoring alone.
 */
class ChunkWriter {
  private chunk: string[] = [];
  push(line: string): void {
    this.chunk.push(line);
    if (this.chunk.length >= 256) this.end();
  }
  end(): void {
    written += this.chunk.join("\n").length;
    this.chunk = [];
  }
}
// The three take turns (bestRates), so load from elsewhere on the machine can't skew their ratio.
const {
  floor,
  unwrittenFloor,
  outputFloor,
  scored,
}: Record<"floor" | "unwrittenFloor" | "outputFloor" | "scored", number> = bestRates({
  floor: () => {
    const out = new ChunkWriter();
    for (const line of lines) {
      const parsed = JSON.parse(line) as { id: string };
      out.push(
        JSON.stringify({ id: parsed.id, countries: [], riskFactors: [], indicators: [], severity: 0 }),
      );
    }
    out.end();
    return lines.length;
  },
  // The floor as earlier sessions measured it: its lines made but not written, while vigil score's were.
  unwrittenFloor: () => {
    for (const line of lines) {
      const parsed = JSON.parse(line) as { id: string };
      JSON.stringify({ id: parsed.id, countries: [], riskFactors: [], indicators: [], severity: 0 });
    }
    return lines.length;
  },
  outputFloor: () => {
    const out = new ChunkWriter();
    for (let index = 0; index < lines.length; index++) {
      JSON.parse(lines[index] as string);
      out.push(JSON.stringify(outputs[index]));
    }
    out.end();
    return lines.length;
  },
  // As `vigil score` does it: each line's JSON text, written as the floor writes its lines.
  scored: () => {
    const out = new ChunkWriter();
    for (const line of lines) out.push(scoreLineJson(scorer, line));
    out.end();
    return lines.length;
  },
});
if (written === 0) throw new Error("vigil score wrote nothing");
// Long texts for bytes per second: report-sized paragraphs made of the same headlines.
const longTexts = Array.from({ length: 40 }, (_, index) =>
  headlines.slice(index * 10, index * 10 + 60).join(". "),
);
const longBytes = longTexts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const longRate = opsPerSecond(() => {
  for (const text of longTexts) scorer.scoreText({ text });
  return longBytes;
});
const naive = naiveBaseline(lines.slice(0, 60));

const perItemBytes = bytes / lines.length;
report("module load (code, gazetteer data)", `${fmt(loadMs, 1)} ms`, "includes tsx transpiling");
report("index build (lexicons read + indexes)", `${fmt(buildMs, 1)} ms`);
report(
  "heap used after loading",
  `${fmt(memory.heapUsed / 2 ** 20, 1)} MB`,
  `RSS ${fmt(memory.rss / 2 ** 20, 1)} MB`,
);
report("headlines", fmt(lines.length), `${fmt(perItemBytes, 0)} bytes per JSON line`);
report("floor: parse + write JSON lines", `${fmt(floor)} /s`, "empty results, written as vigil score writes");
report("floor with the real output lines", `${fmt(outputFloor)} /s`, "same bytes as vigil score");
report(
  "vigil score (parse + score + write)",
  `${fmt(scored)} /s`,
  `${fmt((scored * perItemBytes) / 1e6, 1)} MB/s of input lines`,
);
report("naive: one RegExp per term", `${fmt(naive.rate, 1)} /s`, `${fmt(naive.patterns)} patterns`);
report("long texts (≈5 KB)", `${fmt(longRate / 1e6, 1)} MB/s`);
report("cost versus floor", `${fmt(floor / scored, 2)} ×`);
report("cost versus floor with real output lines", `${fmt(outputFloor / scored, 2)} ×`, "not the target");
report(
  "cost versus a floor that writes nothing",
  `${fmt(unwrittenFloor / scored, 2)} ×`,
  "not the target: vigil score's writing counted as scoring",
);
const isOk = [
  target("≥ 50,000 headline items/s on one core", scored >= 50_000),
  target("≥ 30 MB/s of text", longRate / 1e6 >= 30),
  target("scoring costs ≤ 3× the parse-and-write floor", floor / scored <= 3),
  target("index builds in < 200 ms", buildMs < 200),
  target(
    "heap and RSS after loading < 150 MB",
    memory.heapUsed < 150 * 2 ** 20 && memory.rss < 150 * 2 ** 20,
  ),
].every(Boolean);
process.exitCode = isOk ? 0 : 1;

function naiveBaseline(sample: string[]): { rate: number; patterns: number } {
  const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const terms = [
    ...new Set([
      ...loadLexicons().flatMap((lexicon) => lexicon.entries.map((entry) => entry.phrase)),
      ...PLACE_TERMS.map((place) => place.term),
    ]),
  ];
  const patterns = terms.map(
    (term) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(term))}(?![\\p{L}\\p{N}])`, "gu"),
  );
  const rate = opsPerSecond(
    () => {
      for (const line of sample) {
        const text = foldText((JSON.parse(line) as { text: string }).text);
        for (const pattern of patterns) {
          pattern.lastIndex = 0;
          while (pattern.exec(text) !== null);
        }
      }
      return sample.length;
    },
    1_000,
    200,
  );
  return { rate, patterns: patterns.length };
}

function syntheticHeadlines(count: number): string[] {
  const lexicon = loadLexicons().find((entry) => entry.lang === "en");
  const phrases = lexicon?.entries.map((entry) => entry.phrase) ?? ["clashes"];
  const places = PLACE_TERMS.filter((place) => place.kind === "city").map((place) => place.term);
  return Array.from({ length: count }, (_, index) => {
    const phrase = phrases[(index * 7) % phrases.length];
    const place = places[(index * 13) % places.length];
    return `Officials say ${phrase} reported near ${place} as residents flee the area overnight`;
  });
}
