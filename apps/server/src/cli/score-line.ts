import type { Scorer, TextScore } from "@vigil/scoring";
import { z } from "zod";
import { readCompactLine } from "./compact-line.ts";
import { formatScoreLine } from "./score-line-format.ts";

export { formatScoreLine };

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

/** A bad input line's output: the id when one could be read, and what is wrong. */
export type ScoreLineError = { id?: string; error: string };

/** Scores one input line; never throws: a bad line becomes `{ id?, error }`. */
export function scoreLine(scorer: Scorer, line: string): ScoreLine | ScoreLineError {
  const input = parseScoreLine(line);
  if ("error" in input) return input;
  const { id, title, text, lang } = input;
  return toScoreLine(id, scorer.scoreText({ title, text, lang }), title);
}

/**
 * Scores one input line into its output line, the JSON text of `scoreLine`'s result, byte for byte.
 * `vigil score` writes this: building the text directly costs a fraction of building objects to stringify.
 */
export function scoreLineJson(scorer: Scorer, line: string): string {
  // Most lines are compact, and their strings need no escaping either way: the output copies them unchecked.
  const fields = line.length <= MAX_LINE_LENGTH ? readCompactLine(line) : undefined;
  const compact = fields !== undefined && hasPlainFields(fields) ? (fields as ScoreLineInput) : undefined;
  const input = compact ?? parseScoreLine(line);
  if ("error" in input) return JSON.stringify(input);
  // Its fields are the ones the scorer reads, so it goes in as it is: no object to copy per line.
  return formatScoreLine(input.id, scorer.scoreSummary(input), input.title, compact !== undefined);
}

type ScoreLineInput = z.infer<typeof ScoreLineSchema>;

/** Reads and validates one input line. */
function parseScoreLine(line: string): ScoreLineInput | ScoreLineError {
  if (line.length > MAX_LINE_LENGTH) return { error: `line is longer than ${MAX_LINE_LENGTH} characters` };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON: ${(error as Error).message}` };
  }
  const plain = plainInput(raw);
  if (plain !== undefined) return plain;
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
  return parsed.data;
}

const LANG = /^[a-z]{2}$/;

/**
 * The common case checked by hand, at a tenth of the schema's cost: an object whose fields all satisfy
 * ScoreLineSchema. Anything else goes through the schema, which stays the authority and words the error;
 * a test checks that whatever this accepts, the schema accepts with the same data.
 */
export function plainInput(raw: unknown): ScoreLineInput | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const fields = raw as Record<string, unknown>;
  if (!hasPlainFields(fields)) return undefined;
  const { id, text, title, lang } = fields as ScoreLineInput;
  return { id, text, title, lang };
}

/** Whether the four fields an input line may have satisfy ScoreLineSchema (see plainInput). */
function hasPlainFields({ id, text, title, lang }: Record<string, unknown>): boolean {
  if (typeof id !== "string" || id.length < 1 || id.length > 200) return false;
  if (typeof text !== "string" || text.length > 100_000) return false;
  if (title !== undefined && (typeof title !== "string" || title.length > 2_000)) return false;
  return lang === undefined || (typeof lang === "string" && LANG.test(lang));
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
