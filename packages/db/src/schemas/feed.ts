import { z } from "zod";

// The fields without defaults: an update must not reset what it does not mention.
const FeedFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  url: z
    .string()
    .trim()
    .max(2000)
    .pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  /** The feed's main language (ISO 639-1/-3, optionally with region); the scorer still detects per item. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "a language code such as 'en' or 'pt-BR'"),
  reliability: z.number().min(0).max(1),
  pollIntervalSeconds: z.number().int().min(300).max(86_400),
  enabled: z.boolean(),
});

/** A feed as an editor enters it; polled every 15 minutes and enabled unless said otherwise. */
export const FeedInputSchema = FeedFieldsSchema.extend({
  pollIntervalSeconds: FeedFieldsSchema.shape.pollIntervalSeconds.default(900),
  enabled: FeedFieldsSchema.shape.enabled.default(true),
});
export type FeedInput = z.input<typeof FeedInputSchema>;

/** Changes to a feed: its id and any of its fields. */
export const FeedUpdateSchema = FeedFieldsSchema.partial().extend({ id: z.number().int().positive() });
export type FeedUpdate = z.input<typeof FeedUpdateSchema>;

/** A stored feed (or alert channel) as queries return it. Instants are ISO strings. */
export const FeedSchema = z.object({
  id: z.number().int(),
  kind: z.enum(["news", "alert"]),
  name: z.string(),
  url: z.string(),
  lang: z.string(),
  reliability: z.number(),
  pollIntervalSeconds: z.number().int(),
  enabled: z.boolean(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  itemsSeen: z.number().int(),
  removedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Feed = z.infer<typeof FeedSchema>;

/** How a feed is doing, for the feeds page. */
export const FeedHealthStatusSchema = z.enum([
  "ok",
  "degraded",
  "failing",
  "stale",
  "never-polled",
  "disabled",
]);
export type FeedHealthStatus = z.infer<typeof FeedHealthStatusSchema>;

/** A feed's health row. */
export const FeedHealthSchema = FeedSchema.pick({
  id: true,
  name: true,
  url: true,
  enabled: true,
  consecutiveFailures: true,
  lastSuccessAt: true,
  lastError: true,
  lastErrorAt: true,
  nextAttemptAt: true,
  itemsSeen: true,
}).extend({ status: FeedHealthStatusSchema, isOverdue: z.boolean() });
export type FeedHealth = z.infer<typeof FeedHealthSchema>;
