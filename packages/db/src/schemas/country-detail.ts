import { z } from "zod";
import { AlertEvidenceSchema } from "./alert-views.ts";
import {
  AsOfSchema,
  EvidenceFiltersSchema,
  Iso2Schema,
  RiskFactorIdSchema,
  SourceTypeSchema,
  WindowSchema,
} from "./common.ts";
import { CountrySituationSchema } from "./situation.ts";

/** `country.detail` input; parses to the options of countryDetail except `asOf`, which defaults to now. */
export const CountryDetailInputSchema = EvidenceFiltersSchema.extend({
  iso2: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(Iso2Schema),
  window: WindowSchema.default(30),
  asOf: AsOfSchema.optional(),
}).transform(({ window, ...rest }) => ({ windowDays: window, ...rest }));
export type CountryDetailInput = z.input<typeof CountryDetailInputSchema>;

/** One day of a series. */
export const SeriesDaySchema = z.object({
  /** "YYYY-MM-DD" (UTC). */
  day: z.string(),
  /** Evidence that arrived that day. */
  evidence: z.number(),
  /** The same after decay to the as-of day: what it adds to the score. */
  decayed: z.number(),
  isSpike: z.boolean(),
});

/** A matched lexicon phrase with its place in the text. */
export const EvidenceMatchSchema = z.object({
  indicator: z.string(),
  term: z.string(),
  field: z.enum(["title", "text"]),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});

/** A story cluster among the top evidence, shown by its strongest item. */
export const TopEvidenceSchema = z.object({
  itemId: z.number().int(),
  clusterId: z.number().int(),
  title: z.string(),
  url: z.string().nullable(),
  sourceName: z.string(),
  sourceType: SourceTypeSchema,
  /** For a field alert: verified or not (unverified ones count at half weight), redacted for the viewer. */
  alert: AlertEvidenceSchema.nullable(),
  reliability: z.number(),
  publishedAt: z.string(),
  /** Distinct sources in the cluster by the as-of day, and the multiplier they earn. */
  sourceCount: z.number().int(),
  itemCount: z.number().int(),
  corroboration: z.number(),
  /** Decayed evidence the cluster adds to this country in the window. */
  contribution: z.number(),
  factors: z.array(z.object({ id: RiskFactorIdSchema, contribution: z.number() })),
  indicators: z.array(z.object({ indicator: z.string(), weight: z.number() })),
  matches: z.array(EvidenceMatchSchema),
});
export type TopEvidence = z.infer<typeof TopEvidenceSchema>;

/** One factor of the breakdown. */
export const FactorBreakdownSchema = z.object({
  id: RiskFactorIdSchema,
  score: z.number(),
  /** Σ decayed evidence in the window, the input of factorScore(). */
  evidence: z.number(),
  clusters: z.number().int(),
  previousScore: z.number().nullable(),
  series: z.array(SeriesDaySchema),
  /** The cluster that adds most to this factor, if any is among the evidence. */
  strongest: TopEvidenceSchema.pick({
    itemId: true,
    title: true,
    sourceName: true,
    reliability: true,
    sourceCount: true,
    contribution: true,
    alert: true,
  }).nullable(),
});

/** The numbers behind a score, following the formula step by step. */
export const ExplanationSchema = z.object({
  windowDays: z.number().int(),
  asOf: z.string(),
  halfLifeDays: z.number(),
  coverage: z.number().int(),
  minCoverage: z.number().int(),
  isMonitored: z.boolean(),
  score: z.number(),
  level: z.string(),
  previousScore: z.number().nullable(),
  factors: z.array(
    z.object({ id: z.number().int(), score: z.number(), evidence: z.number(), clusters: z.number().int() }),
  ),
});

/** `country.detail` output. */
export const CountryDetailSchema = z.object({
  situation: CountrySituationSchema,
  factors: z.array(FactorBreakdownSchema),
  /** Evidence of all selected factors per day, with spike days marked. */
  series: z.array(SeriesDaySchema),
  topEvidence: z.array(TopEvidenceSchema).max(20),
  explanation: ExplanationSchema,
  why: z.string(),
});
export type CountryDetail = z.infer<typeof CountryDetailSchema>;
