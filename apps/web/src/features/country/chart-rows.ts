import { getRiskFactor } from "@vigil/taxonomy";
import type { CountryDetail } from "../../lib/api-types.ts";

/** Okabe & Ito's colour-blind-safe qualitative palette (yellow left out: too pale on white). */
export const SERIES_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"] as const;

const AXIS_LABEL_LENGTH = 30;

/** One bar of the factor breakdown. */
export interface BreakdownRow {
  id: number;
  /** "8 · Triggering factors", cut to fit the axis. */
  label: string;
  /** The factor's full name, for the tooltip. */
  name: string;
  score: number;
  previousScore: number | null;
}

/** Factors with evidence, highest score first, labelled with the Framework's numbering. */
export function breakdownRows(factors: CountryDetail["factors"]): BreakdownRow[] {
  return [...factors]
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .map((factor) => {
      const name = getRiskFactor(factor.id)?.name ?? `Risk factor ${factor.id}`;
      const label = `${factor.id} · ${name}`;
      return {
        id: factor.id,
        label: shorten(label, AXIS_LABEL_LENGTH),
        name,
        score: Math.round(factor.score * 10) / 10,
        previousScore: factor.previousScore,
      };
    });
}

/** Daily rows for the trend chart: `total` plus one `f<id>` key per charted factor. */
export interface TrendRows {
  rows: Record<string, number | string>[];
  factorIds: number[];
  /** Days ("YYYY-MM-DD") flagged as spikes in the total series, with their total. */
  spikes: { day: string; total: number }[];
}

/** The daily evidence of the strongest `maxFactors` factors and of all selected factors together. */
export function trendRows(detail: CountryDetail, maxFactors = SERIES_COLORS.length): TrendRows {
  const charted = breakdownRows(detail.factors)
    .slice(0, maxFactors)
    .map((row) => row.id);
  const byFactor = new Map(
    detail.factors.map((factor) => [factor.id, new Map(factor.series.map((d) => [d.day, d.evidence]))]),
  );
  const rows = detail.series.map((day) => {
    const row: Record<string, number | string> = { day: day.day, total: round(day.evidence) };
    for (const id of charted) row[`f${id}`] = round(byFactor.get(id)?.get(day.day) ?? 0);
    return row;
  });
  const spikes = detail.series
    .filter((day) => day.isSpike)
    .map((day) => ({ day: day.day, total: round(day.evidence) }));
  return { rows, factorIds: charted, spikes };
}

/** Cuts a label to `length` characters at a word boundary, with an ellipsis. */
export function shorten(label: string, length: number): string {
  if (label.length <= length) return label;
  const cut = label.slice(0, length - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
