import type { Scorer } from "./score-text.ts";

/** One labelled row: the text and the country it is about; other labels are optional. */
export interface LabelledText {
  id?: string;
  text: string;
  title?: string;
  lang?: string;
  country_iso2: string;
  violence_type?: string;
}

/** Top-country precision/recall and risk-factor hit rates of a scorer on labelled rows. */
export interface EvaluationReport {
  rows: number;
  predicted: number;
  correct: number;
  /** Correct top countries among rows where the scorer named one (rows where the text names a place). */
  precision: number;
  /** Correct top countries among all rows. */
  recall: number;
  /** Share of rows with any risk factor. */
  anyFactorRate: number;
  /** Share of rows with factor 1, 11 or 13: all these texts report killings, attacks or armed clashes. */
  violenceFactorRate: number;
  byViolenceType: Record<string, { rows: number; violenceFactorRate: number }>;
  /** Up to 20 wrong top countries, to read when tuning. */
  mistakes: { id?: string; text: string; expected: string; got: string }[];
}

/** Risk factors that killings, attacks and armed clashes must hit: armed conflict, attacks on civilians, IHL. */
export const VIOLENCE_FACTORS: ReadonlySet<number> = new Set([1, 11, 13]);

/** Scores every row and compares the top country with the label. */
export function evaluate(scorer: Scorer, rows: readonly LabelledText[]): EvaluationReport {
  let predicted = 0;
  let correct = 0;
  let anyFactor = 0;
  let violenceFactor = 0;
  const byViolenceType: EvaluationReport["byViolenceType"] = {};
  const mistakes: EvaluationReport["mistakes"] = [];
  for (const row of rows) {
    const score = scorer.scoreText({ title: row.title, text: row.text, lang: row.lang });
    const top = score.countries[0]?.iso2;
    if (top !== undefined) {
      predicted++;
      if (top === row.country_iso2) correct++;
      else if (mistakes.length < 20)
        mistakes.push({ id: row.id, text: row.text, expected: row.country_iso2, got: top });
    }
    const hasViolence = score.riskFactors.some((factor) => VIOLENCE_FACTORS.has(factor.id));
    if (score.riskFactors.length > 0) anyFactor++;
    if (hasViolence) violenceFactor++;
    const type = row.violence_type ?? "unlabelled";
    const bucket = byViolenceType[type] ?? { rows: 0, violenceFactorRate: 0 };
    bucket.violenceFactorRate =
      (bucket.violenceFactorRate * bucket.rows + (hasViolence ? 1 : 0)) / (bucket.rows + 1);
    bucket.rows++;
    byViolenceType[type] = bucket;
  }
  const share = (count: number, total: number) =>
    total === 0 ? 0 : Math.round((count / total) * 1000) / 1000;
  for (const bucket of Object.values(byViolenceType))
    bucket.violenceFactorRate = share(bucket.violenceFactorRate * 1000, 1000);
  return {
    rows: rows.length,
    predicted,
    correct,
    precision: share(correct, predicted),
    recall: share(correct, rows.length),
    anyFactorRate: share(anyFactor, rows.length),
    violenceFactorRate: share(violenceFactor, rows.length),
    byViolenceType,
    mistakes,
  };
}
