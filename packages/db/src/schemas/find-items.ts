import { z } from "zod";
import { AlertEvidenceSchema } from "./alert-views.ts";
import {
  EvidenceFiltersSchema,
  InstantSchema,
  Iso2Schema,
  RegionIdSchema,
  SourceTypeSchema,
} from "./common.ts";

/** `item.list` input, and the options of findItems. */
export const FindItemsInputSchema = EvidenceFiltersSchema.extend({
  iso2: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(Iso2Schema)
    .optional(),
  /** Only items about a country of this region, so a regional view's evidence list matches its map. */
  region: RegionIdSchema.optional(),
  /** Published at or after this instant. */
  since: InstantSchema.optional(),
  /** Published before this instant. */
  until: InstantSchema.optional(),
  minSeverity: z.number().int().min(0).max(100).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Opaque: the `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
export type FindItemsOptions = z.input<typeof FindItemsInputSchema>;

/** An item as lists show it. */
export const ItemSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string(),
  url: z.string().nullable(),
  publishedAt: z.string(),
  ingestedAt: z.string(),
  lang: z.string(),
  severity: z.number(),
  sourceType: SourceTypeSchema,
  source: z.object({ id: z.number().int(), name: z.string() }),
  clusterId: z.number().int().nullable(),
  countries: z.array(z.object({ iso2: z.string(), confidence: z.number() })),
  signals: z.array(z.object({ indicator: z.string(), riskFactor: z.number().int(), weight: z.number() })),
  /** For a field alert: verified or not, and who and where as far as the viewer may know; null for news. */
  alert: AlertEvidenceSchema.nullable(),
});
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

/** `item.list` output. */
export const FindItemsOutputSchema = z.object({
  items: z.array(ItemSummarySchema),
  nextCursor: z.string().nullable(),
});
export type FindItemsResult = z.infer<typeof FindItemsOutputSchema>;
