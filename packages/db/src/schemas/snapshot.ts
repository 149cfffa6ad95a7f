import { z } from "zod";
import { CountryDetailSchema, FactorBreakdownSchema, TopEvidenceSchema } from "./country-detail.ts";
import { CountrySituationSchema } from "./situation.ts";
import { ProvenanceFactsSchema, SnapshotFiltersSchema, SnapshotViewSchema } from "./snapshot-view.ts";

/** The version of the snapshot and export format; bumped when a field changes meaning or goes away. */
export const SNAPSHOT_FORMAT_VERSION = 1;

/**
 * One country's situation with its "why", factor breakdown and evidence, as `country.detail` answered
 * under the same filters; per-factor daily series are left out (the country's own series stays) to keep
 * a world snapshot of a one-year window small.
 */
export const SnapshotCountrySchema = CountryDetailSchema.extend({
  factors: z
    .array(FactorBreakdownSchema.omit({ series: true }))
    .describe("Factor breakdown, highest score first: score, decayed evidence, stories, strongest story"),
  topEvidence: z
    .array(TopEvidenceSchema)
    .describe("Up to 20 story clusters adding most to the score, by contribution then cluster id"),
}).describe("One country's situation, factor breakdown, daily series, evidence, explanation and why");
export type SnapshotCountry = z.infer<typeof SnapshotCountrySchema>;

/**
 * What a snapshot freezes, and the only thing its hash covers: everything here follows from the data,
 * the filters and the scoring version. Who saved it and when live beside it, not in it.
 */
export const SnapshotContentSchema = z
  .object({
    formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
    view: SnapshotViewSchema,
    filters: SnapshotFiltersSchema,
    scoringVersion: z.string().describe("The scoring rules' version the scores were computed with"),
    situations: z
      .array(CountrySituationSchema)
      .describe("Every country of the view (the region's, or the world's), by ISO code, as map.countries"),
    countries: z
      .array(SnapshotCountrySchema)
      .describe("Details of the open country, or of every country of the view with evidence, by ISO code"),
    provenance: ProvenanceFactsSchema,
  })
  .describe("What is frozen and hashed: follows from the data, the filters and the scoring version only");
export type SnapshotContent = z.infer<typeof SnapshotContentSchema>;

/** Who saved a snapshot; "anonymous" before accounts exist or for a signed-out save. */
export const SnapshotCreatorSchema = z
  .object({
    label: z.string().describe('The user\'s name, or "command line"'),
    userId: z.string().nullable(),
    role: z.string().nullable().describe("member, coordinator, analyst or admin"),
  })
  .describe("Who saved the snapshot");
export type SnapshotCreator = z.infer<typeof SnapshotCreatorSchema>;

/** A stored snapshot's identity. */
export const SnapshotMetaSchema = z.object({
  id: z.string().describe("The snapshot's id: 16 random letters and digits"),
  createdAt: z.string().describe("ISO 8601 instant of the save"),
  creator: SnapshotCreatorSchema,
  path: z.string().describe("The stable link that renders the frozen view: /snapshots/<id>"),
});

/**
 * A situation document: a saved snapshot (`snapshot` set) or the live view (`snapshot` null). The JSON
 * export is exactly this; docs/export-schema.json is generated from it.
 */
export const SituationDocumentSchema = z.object({
  format: z.literal("vigil.situation"),
  formatVersion: z
    .literal(SNAPSHOT_FORMAT_VERSION)
    .describe("Bumped when a field changes meaning or goes away"),
  snapshot: SnapshotMetaSchema.nullable().describe(
    "The saved snapshot, or null for an export of the live view",
  ),
  accessedAt: z
    .string()
    .describe("When the data was read: the save time of a snapshot, else the time of the export"),
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe(
      "SHA-256 (hex) of the canonical JSON of content: keys sorted, numbers to 6 decimals, no spaces",
    ),
  content: SnapshotContentSchema,
});
export type SituationDocument = z.infer<typeof SituationDocumentSchema>;

/** A line of `snapshot.list`. */
export const SnapshotSummarySchema = SnapshotMetaSchema.extend({
  contentHash: z.string(),
  view: SnapshotViewSchema,
  filters: SnapshotFiltersSchema,
  scoringVersion: z.string(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

/** `snapshot.get` input. */
export const SnapshotIdInputSchema = z.object({ id: z.string().regex(/^[a-z0-9]{8,32}$/, "a snapshot id") });

/** `snapshot.list` input: newest first, a page at a time. */
export const ListSnapshotsInputSchema = z
  .object({
    limit: z.number().int().min(1).max(100).default(20),
    /** The `nextCursor` of the previous page. */
    cursor: z.string().max(100).optional(),
  })
  .default({ limit: 20 });
export type ListSnapshotsOptions = z.input<typeof ListSnapshotsInputSchema>;

/** `snapshot.list` output. */
export const ListSnapshotsOutputSchema = z.object({
  snapshots: z.array(SnapshotSummarySchema),
  nextCursor: z.string().nullable(),
});
