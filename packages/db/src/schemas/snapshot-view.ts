import { z } from "zod";
import {
  AsOfSchema,
  EvidenceFiltersSchema,
  Iso2Schema,
  RegionIdSchema,
  RiskFactorIdSchema,
  SourceTypeSchema,
  WindowSchema,
} from "./common.ts";

/**
 * A view of the dashboard as snapshots and exports take it: the map's filters plus the region it is
 * framed on and the open country. `snapshot.create`, `snapshot.preview`, the `/export/*` endpoints and
 * `vigil export` all parse this. Parses to the options of snapshotContent except `asOf` (default: now).
 */
export const SnapshotViewInputSchema = EvidenceFiltersSchema.extend({
  window: WindowSchema.default(30),
  asOf: AsOfSchema.optional(),
  region: RegionIdSchema.optional(),
  /** The open country: its "why" and evidence are included; the situations stay those of the region. */
  iso2: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(Iso2Schema)
    .optional(),
}).transform(({ window, ...rest }) => ({ windowDays: window, ...rest }));
export type SnapshotViewInput = z.input<typeof SnapshotViewInputSchema>;

/** What the snapshot is of: the world, a region, or one country (within the world or a region). */
export const SnapshotViewSchema = z.object({
  kind: z.enum(["world", "region", "country"]),
  region: z.string().nullable(),
  iso2: z.string().nullable(),
  /** "World", "Africa", "Sudan (Africa)": how banners and briefs name it. */
  label: z.string(),
});
export type SnapshotView = z.infer<typeof SnapshotViewSchema>;

/**
 * The exact filters the content was computed with, absent ones as null and lists sorted, so the same
 * filters always read (and hash) the same. `asOf` is resolved: "now" became the instant of the save.
 * Region and indicator ids are plain strings here so a stored snapshot stays readable if the taxonomy
 * or the regions change later.
 */
export const SnapshotFiltersSchema = z.object({
  windowDays: z.number().int().min(1).max(365),
  /** ISO 8601 instant; the picture is as of the UTC day it falls in. */
  asOf: z.string(),
  region: z.string().nullable(),
  iso2: z.string().nullable(),
  riskFactors: z.array(RiskFactorIdSchema).nullable(),
  indicators: z.array(z.string()).nullable(),
  sourceTypes: z.array(SourceTypeSchema).nullable(),
});
export type SnapshotFilters = z.infer<typeof SnapshotFiltersSchema>;

/** The provenance facts that belong to the content (and so to its hash). */
export const ProvenanceFactsSchema = z.object({
  /** The filters in words: "30 days to 2026-03-01 · Africa · risk factors 1, 2 · news only". */
  filtersText: z.string(),
  /** The days the window covers, "YYYY-MM-DD" (UTC), both included. */
  window: z.object({ from: z.string(), to: z.string() }),
  /** Publication instants of the earliest and latest item counted below; null when there is none. */
  dataRange: z.object({ earliest: z.string().nullable(), latest: z.string().nullable() }),
  /** Items about the view's countries in the window from the selected source types (the coverage). */
  items: z.number().int(),
  /** Of those, the items carrying a selected risk factor or indicator (any, when unfiltered). */
  evidenceItems: z.number().int(),
  /** Distinct feeds and alert channels those items came from. */
  sources: z.number().int(),
  scoringVersion: z.string(),
  coverage: z.object({
    countries: z.number().int(),
    monitored: z.number().int(),
    notMonitored: z.number().int(),
    /** One sentence on what "not monitored" means here. */
    note: z.string(),
  }),
});
export type ProvenanceFacts = z.infer<typeof ProvenanceFactsSchema>;
