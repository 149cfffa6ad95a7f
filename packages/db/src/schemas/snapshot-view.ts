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

const SnapshotViewFieldsSchema = EvidenceFiltersSchema.extend({
  window: WindowSchema.default(30),
  asOf: AsOfSchema.optional(),
  region: RegionIdSchema.optional(),
  /** The open country: its "why" and evidence are included; the situations stay those of the region. */
  iso2: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(Iso2Schema)
    .optional(),
});

/**
 * A view of the dashboard as snapshots and exports take it: the map's filters plus the region it is
 * framed on and the open country. `snapshot.create`, the `/export/*` endpoints and `vigil export` parse
 * this. Parses to the options of snapshotContent except `asOf` (default: now).
 */
export const SnapshotViewInputSchema = SnapshotViewFieldsSchema.transform(({ window, ...rest }) => ({
  windowDays: window,
  ...rest,
}));
export type SnapshotViewInput = z.input<typeof SnapshotViewInputSchema>;

/**
 * `snapshot.preview` input: a view, and for whom its field alerts are redacted: the caller ("viewer",
 * as on the API) or anyone ("anyone", as snapshots are stored; the printable brief, made to be handed
 * on, always asks for this).
 */
export const SnapshotPreviewInputSchema = SnapshotViewFieldsSchema.extend({
  audience: z.enum(["viewer", "anyone"]).default("viewer"),
}).transform(({ window, ...rest }) => ({ windowDays: window, ...rest }));
export type SnapshotPreviewInput = z.input<typeof SnapshotPreviewInputSchema>;

/** What the snapshot is of: the world, a region, or one country (within the world or a region). */
export const SnapshotViewSchema = z
  .object({
    kind: z.enum(["world", "region", "country"]).describe("world, region (region set) or country (iso2 set)"),
    region: z.string().nullable().describe("Region id the view is framed on (africa, americas, …), or null"),
    iso2: z.string().nullable().describe("ISO 3166-1 alpha-2 code of the open country, or null"),
    label: z.string().describe('How banners and briefs name the view: "World", "Africa", "Sudan"'),
  })
  .describe("What the situation is of");
export type SnapshotView = z.infer<typeof SnapshotViewSchema>;

/**
 * The exact filters the content was computed with, absent ones as null and lists sorted, so the same
 * filters always read (and hash) the same. Region and indicator ids are plain strings here so a stored
 * snapshot stays readable if the taxonomy or the regions change later.
 */
export const SnapshotFiltersSchema = z
  .object({
    windowDays: z.number().int().min(1).max(365).describe("Length of the time window in days"),
    asOf: z
      .string()
      .describe("ISO 8601 instant the picture is as of (its UTC day counts whole); 'now' resolved"),
    region: z
      .string()
      .nullable()
      .describe("Region filter: only its countries are in situations; null for all"),
    iso2: z.string().nullable().describe("The open country, whose details are included; null for none"),
    riskFactors: z
      .array(RiskFactorIdSchema)
      .nullable()
      .describe("Risk factors 1–14 of the UN Framework of Analysis counted as evidence; null for all"),
    indicators: z.array(z.string()).nullable().describe('Framework indicators ("8.8") counted; null for all'),
    sourceTypes: z
      .array(SourceTypeSchema)
      .nullable()
      .describe("news (polled feeds) and/or alert (field alerts); null for both"),
  })
  .describe("The exact filters the content was computed with; absent ones are null, lists sorted");
export type SnapshotFilters = z.infer<typeof SnapshotFiltersSchema>;

/** The provenance facts that belong to the content (and so to its hash). */
export const ProvenanceFactsSchema = z
  .object({
    filtersText: z
      .string()
      .describe('The filters in words: "30 days to 2026-03-01 · Africa · risk factor 13 · news only"'),
    window: z
      .object({ from: z.string(), to: z.string() })
      .describe("First and last day of the window, YYYY-MM-DD (UTC), both included"),
    dataRange: z
      .object({ earliest: z.string().nullable(), latest: z.string().nullable() })
      .describe("Publication instants of the earliest and latest item counted in items; null when none"),
    items: z
      .number()
      .int()
      .describe("Items about the view's countries published in the window from the selected source types"),
    evidenceItems: z
      .number()
      .int()
      .describe("Of those, items carrying a selected risk factor or indicator (any signal, when unfiltered)"),
    sources: z.number().int().describe("Distinct feeds and alert channels those items came from"),
    scoringVersion: z.string().describe("The scoring rules' version (docs/SCORING.md)"),
    coverage: z
      .object({
        countries: z.number().int().describe("Countries in situations"),
        monitored: z.number().int().describe("Of those, countries with enough coverage to be rated"),
        notMonitored: z
          .number()
          .int()
          .describe('Countries rated "not-monitored": too few items to say anything'),
        note: z.string().describe("One sentence on what not monitored means"),
      })
      .describe("How much of the view is monitored"),
  })
  .describe("Where the content comes from: filters, data range, counts, scoring version, coverage");
export type ProvenanceFacts = z.infer<typeof ProvenanceFactsSchema>;
