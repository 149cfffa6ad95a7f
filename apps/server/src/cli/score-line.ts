import type { Scorer, TextScore } from "@vigil/scoring";
import { z } from "zod";

/** One JSON line of `vigil score` input. Sizes are bounded so one huge line can't stall a stream. */
export const ScoreLineSchema = z.object({
  id: z.string().min(1, "id must not be empty").max(200, "id is longer than 200 characters"),
  text: z.string().max(100_000, "text is longer than 100,000 characters"),
  title: z.string().max(2_000, "title is longer than 2,000 characters").optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, "lang must be a two-letter ISO 639-1 code such as 'en'")
    .optional(),
});

/** Longest input line accepted, in characters, checked before JSON parsing. */
export const MAX_LINE_LENGTH = 120_000;

/** The public output line of `vigil score`; keep it stable. */
export interface ScoreLine {
  id: string;
  countries: { iso2: string; confidence: number }[];
  riskFactors: { id: number; weight: number }[];
  indicators: { id: string; weight: number; evidence: { start: number; end: number; text: string }[] }[];
  severity: number;
}

/** Scores one input line; never throws: a bad line becomes `{ id?, error }`. */
export function scoreLine(scorer: Scorer, line: string): ScoreLine | { id?: string; error: string } {
  if (line.length > MAX_LINE_LENGTH) return { error: `line is longer than ${MAX_LINE_LENGTH} characters` };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = ScoreLineSchema.safeParse(raw);
  if (!parsed.success) {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === "string" && rawId !== "" ? rawId : undefined;
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    const message =
      issue?.code === "invalid_type" ? `${where}expected ${issue.expected}` : `${where}${issue?.message}`;
    return id === undefined ? { error: message } : { id: id.slice(0, 200), error: message };
  }
  const { id, title, text, lang } = parsed.data;
  return toScoreLine(id, scorer.scoreText({ title, text, lang }), title);
}

/**
 * Evidence offsets index into `title + "\n" + text` when a title is given, and into `text` otherwise,
 * so every span is unambiguous with three keys.
 */
export function toScoreLine(id: string, score: TextScore, title: string | undefined): ScoreLine {
  const textOffset = title ? title.length + 1 : 0;
  return {
    id,
    countries: score.countries.map(({ iso2, confidence }) => ({ iso2, confidence })),
    riskFactors: score.riskFactors.map(({ id: factor, weight }) => ({ id: factor, weight })),
    indicators: score.signals.map((signal) => ({
      id: signal.indicator,
      weight: signal.weight,
      evidence: signal.evidence.map((span) => {
        const shift = span.field === "text" ? textOffset : 0;
        return { start: span.start + shift, end: span.end + shift, text: span.text };
      }),
    })),
    severity: score.severity,
  };
}
