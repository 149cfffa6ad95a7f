// Prints lexicon coverage per language and risk factor, for reviewing a new or edited lexicon.
// Run from the repo root: pnpm exec tsx packages/taxonomy/scripts/lexicon-stats.ts
import { getIndicator, RISK_FACTORS } from "../src/index.ts";
import { CUE_KINDS, foldPhrase, type Lexicon, loadLexicons } from "../src/lexicons.ts";

function riskFactorOf(indicator: string): number {
  return getIndicator(indicator)?.riskFactor ?? 0;
}

function describeLexicon(lexicon: Lexicon): string[] {
  const risk = lexicon.entries.filter((entry) => entry.polarity === 1);
  const phrases = new Set(lexicon.entries.map((entry) => foldPhrase(entry.phrase)));
  const cues = CUE_KINDS.map((kind) => `${kind} ${lexicon.cues.filter((cue) => cue.kind === kind).length}`);
  const lines = [
    `${lexicon.lang} (${lexicon.name}): ${lexicon.entries.length} entries over ${phrases.size} phrases, ` +
      `${lexicon.entries.length - risk.length} mitigating; cues: ${cues.join(", ")}; ` +
      `${lexicon.exclusions.length} exclusions; ${lexicon.stopwords.length} stopwords`,
  ];
  for (const factor of RISK_FACTORS) {
    const count = risk.filter((entry) => riskFactorOf(entry.indicator) === factor.id).length;
    const unused = factor.indicators.filter(
      (indicator) => !risk.some((entry) => entry.indicator === indicator.id),
    );
    const gaps =
      unused.length > 0 ? `  (no entries: ${unused.map((indicator) => indicator.id).join(", ")})` : "";
    lines.push(`  ${String(factor.id).padStart(2)} ${String(count).padStart(4)} risk entries${gaps}`);
  }
  return lines;
}

for (const lexicon of loadLexicons()) console.log(describeLexicon(lexicon).join("\n"));
