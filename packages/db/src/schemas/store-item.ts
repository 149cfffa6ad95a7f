import { FINGERPRINT_BANDS } from "@vigil/scoring";
import { z } from "zod";
import { IndicatorIdSchema, InstantSchema, Iso2Schema, RiskFactorIdSchema } from "./common.ts";

/**
 * Whether `text` can be the JSON text of an array: a caller that encodes an item's evidence off the
 * storing thread (the import's worker) passes JSON.stringify's output, stored as it comes. Only the
 * brackets are checked here (parsing it again in JS would cost what encoding it here costs); the insert
 * runs it through SQLite's json(), which refuses malformed text, so a bad one fails the transaction.
 */
export function isEncodedJsonArray(text: string): boolean {
  return text.length >= 2 && text.charCodeAt(0) === 0x5b && text.charCodeAt(text.length - 1) === 0x5d;
}

/** An evidence array, or its JSON text (isEncodedJsonArray). */
const EvidenceSchema = z.union([
  z.array(z.unknown()),
  z.string().refine(isEncodedJsonArray, { message: "is not the JSON text of an array" }),
]);

/**
 * The parts of a TextScore that are stored and aggregated, checked before any row is written: a bad
 * weight or a duplicated country would corrupt the aggregates for every later reader. Evidence arrays
 * are stored as they come, as JSON.
 */
export const StoredScoreSchema = z.object({
  lang: z.string(),
  countries: z
    .array(z.object({ iso2: Iso2Schema, confidence: z.number().min(0).max(1), evidence: EvidenceSchema }))
    .refine((countries) => new Set(countries.map((country) => country.iso2)).size === countries.length, {
      message: "lists a country twice",
    }),
  signals: z
    .array(
      z
        .object({
          indicator: IndicatorIdSchema,
          riskFactor: RiskFactorIdSchema,
          weight: z.number().min(0).max(1),
          evidence: EvidenceSchema,
        })
        .refine((signal) => Number.parseInt(signal.indicator, 10) === signal.riskFactor, {
          message: "has an indicator outside its risk factor",
        }),
    )
    .refine((signals) => new Set(signals.map((signal) => signal.indicator)).size === signals.length, {
      message: "lists an indicator twice",
    }),
  riskFactors: z.array(z.object({ id: RiskFactorIdSchema, weight: z.number().min(0).max(1) })),
  severity: z.number().min(0).max(100),
  version: z.string().min(1),
});

/**
 * An item's story fingerprint and LSH bands (storyFingerprint and fingerprintBands of its title and
 * summary), when the caller computed them off this thread; checked for shape only.
 */
export const StoreStorySchema = z
  .object({
    fingerprint: z.string().regex(/^(?:[0-9a-f]{8})*$/),
    bands: z.array(z.number().int().min(0).max(0xffff_ffff)),
  })
  .refine((story) => story.bands.length === (story.fingerprint === "" ? 0 : FINGERPRINT_BANDS), {
    message: "has the wrong number of bands",
  });

/** One scored item to store. */
export const StoreItemSchema = z.object({
  guid: z.string().min(1).max(2048),
  url: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  /** ISO 8601; null means "use now". */
  publishedAt: InstantSchema.nullable().transform((value) => (value === null ? null : new Date(value))),
  lang: z.string().nullable().optional(),
  score: StoredScoreSchema,
  /** Computed from title and summary when absent. */
  story: StoreStorySchema.optional(),
});
export type StoreItem = z.output<typeof StoreItemSchema>;
