import { z } from "zod";
import {
  AlertPrecisionSchema,
  AlertSeveritySchema,
  AlertStatusSchema,
  KnowledgeSourceSchema,
} from "./alert.ts";

/** An alert's place as everyone but its organisation's coordinators, admins and the reporter sees it. */
export const CoarseLocationSchema = z.object({
  level: z.enum(["grid", "district", "country"]),
  iso2: z.string(),
  district: z.string().nullable(),
  grid: z.object({ lat: z.number(), lon: z.number(), km: z.number() }).nullable(),
});

/**
 * What only admins, coordinators of the alert's organisation and the reporter see. Present (non-null)
 * means the response reveals it, and the API writes the view to the audit log.
 */
export const AlertProtectedSchema = z.object({
  reporter: z.object({
    userId: z.number().int().nullable(),
    apiKeyId: z.number().int().nullable(),
    name: z.string(),
    email: z.string().nullable(),
  }),
  organisation: z.object({ id: z.number().int(), name: z.string() }),
  place: z.object({
    precision: AlertPrecisionSchema,
    name: z.string().nullable(),
    district: z.string().nullable(),
    point: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  }),
  links: z.array(z.string()),
  idempotencyKey: z.string(),
});
export type AlertProtected = z.infer<typeof AlertProtectedSchema>;

/** What is said about an alert wherever it appears as evidence (item lists, country pages, exports). */
export const AlertEvidenceSchema = z.object({
  alertId: z.number().int(),
  verification: z.enum(["verified", "unverified", "dismissed"]),
  /** "A member organisation" unless the viewer may see which. */
  organisation: z.string(),
  location: CoarseLocationSchema,
  protected: AlertProtectedSchema.nullable(),
});
export type AlertEvidence = z.infer<typeof AlertEvidenceSchema>;

/** One entry of an alert's timeline. */
export const AlertEventSchema = z.object({
  at: z.string(),
  kind: z.enum(["status", "answer"]),
  fromStatus: AlertStatusSchema.nullable(),
  toStatus: AlertStatusSchema.nullable(),
  /** The dismissal reason, the question to the reporter, or the reporter's answer. */
  note: z.string().nullable(),
  by: z.enum(["reporter", "reviewer"]),
});

/** An alert as its reporter and its reviewers see it. */
export const AlertViewSchema = AlertEvidenceSchema.omit({ alertId: true }).extend({
  id: z.number().int(),
  itemId: z.number().int(),
  status: AlertStatusSchema,
  country: z.string(),
  occurredAt: z.string(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  description: z.string(),
  indicators: z.array(z.string()),
  severity: AlertSeveritySchema,
  knowledge: KnowledgeSourceSchema,
  events: z.array(AlertEventSchema),
});
export type AlertView = z.infer<typeof AlertViewSchema>;

/** `alert.submit` output: the alert, and whether this was a retry of a submission already stored. */
export const AlertSubmitResultSchema = z.object({
  alert: AlertViewSchema,
  isDuplicate: z.boolean(),
});
