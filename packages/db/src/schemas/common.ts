import { REGIONS, type RegionId } from "@vigil/gazetteer";
import { IndicatorIdSchema, RiskFactorIdSchema } from "@vigil/taxonomy";
import { z } from "zod";

// Ids come from the taxonomy, so an unknown indicator cannot get in.
export { IndicatorIdSchema, RiskFactorIdSchema };

/** A region of the gazetteer ("africa", "asia-pacific", …). */
export const RegionIdSchema = z.enum(REGIONS.map((region) => region.id) as [RegionId, ...RegionId[]]);
/** An ISO 3166-1 alpha-2 country code in upper case. */
export const Iso2Schema = z.string().regex(/^[A-Z]{2}$/, "a two-letter upper-case country code");
/** Where an item came from: a polled news feed or a field alert. */
export const SourceTypeSchema = z.enum(["news", "alert"]);
/** An ISO 8601 instant, as the API sends dates. */
export const InstantSchema = z.iso.datetime({ offset: true });

/** Named windows the dashboard offers; any whole number of days up to a year also works. */
export const WINDOW_PRESETS = { "7d": 7, "30d": 30, "90d": 90, "365d": 365 } as const;

/** A window as "7d" | "30d" | "90d" | "365d" or a number of days (1–365), parsed to days. */
export const WindowSchema = z
  .union([z.enum(["7d", "30d", "90d", "365d"]), z.number().int().min(1).max(365)])
  .transform((window) => (typeof window === "number" ? window : WINDOW_PRESETS[window]));

/** An as-of instant: a Date or an ISO string; absent means "now" and is filled in by the caller. */
export const AsOfSchema = z.union([z.date(), InstantSchema.transform((value) => new Date(value))]);

/** The filters the map, country pages and item lists share. */
export const EvidenceFiltersSchema = z.object({
  riskFactors: z.array(RiskFactorIdSchema).min(1).max(14).optional(),
  indicators: z.array(IndicatorIdSchema).min(1).max(200).optional(),
  sourceTypes: z.array(SourceTypeSchema).min(1).optional(),
});
export type EvidenceFilters = z.infer<typeof EvidenceFiltersSchema>;

/** A trend versus the previous window of the same length. */
export const TrendSchema = z.object({
  delta: z.number().nullable(),
  direction: z.enum(["rising", "falling", "steady", "new"]),
});

/** A risk level; "not-monitored" when coverage is too thin. */
export const RiskLevelSchema = z.enum(["not-monitored", "low", "moderate", "high", "severe"]);
