import { z } from "zod";
import {
  AsOfSchema,
  EvidenceFiltersSchema,
  RegionIdSchema,
  RiskFactorIdSchema,
  RiskLevelSchema,
  TrendSchema,
  WindowSchema,
} from "./common.ts";

/** A country's situation in a window, as the map shows it. */
export const CountrySituationSchema = z.object({
  iso2: z.string(),
  name: z.string(),
  region: z.string(),
  /** 0–100, overallScore() of the factor scores. */
  score: z.number(),
  level: RiskLevelSchema,
  trend: TrendSchema,
  isSpike: z.boolean(),
  /** Story clusters that brought evidence, counted once per risk factor (per indicator when filtered). */
  evidenceCount: z.number().int(),
  /** Items about the country in the window, with or without signals. */
  coverage: z.number().int(),
  /** Factors with evidence, highest score first. */
  factors: z.array(z.object({ id: RiskFactorIdSchema, score: z.number() })),
});
export type CountrySituation = z.infer<typeof CountrySituationSchema>;

/** `map.countries` input; parses to the options of mapCountries except `asOf`, which defaults to now. */
export const MapCountriesInputSchema = EvidenceFiltersSchema.extend({
  window: WindowSchema.default(30),
  asOf: AsOfSchema.optional(),
  region: RegionIdSchema.optional(),
}).transform(({ window, ...rest }) => ({ windowDays: window, ...rest }));
export type MapCountriesInput = z.input<typeof MapCountriesInputSchema>;

/** `map.countries` output: every country of the gazetteer (or region). */
export const MapCountriesOutputSchema = z.array(CountrySituationSchema);
