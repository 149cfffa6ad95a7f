import { IndicatorIdSchema } from "@vigil/taxonomy";
import { z } from "zod";
import { ALERT_LIMITS, type AlertStatus, AlertStatusSchema } from "./alert.ts";

// Browser-safe, like alert.ts: the review page enables only the actions these rules allow.

/** What a coordinator can do to alerts; each action moves an alert to one status. */
export const ReviewActionSchema = z.enum(["start-review", "verify", "dismiss", "request-info", "reopen"]);
export type ReviewAction = z.infer<typeof ReviewActionSchema>;

/** Each action: the statuses it applies to, where it leads, and what the note must say (if required). */
export const REVIEW_ACTION_RULES: Record<
  ReviewAction,
  { from: readonly AlertStatus[]; to: AlertStatus; label: string; note: string | null }
> = {
  "start-review": { from: ["submitted"], to: "in-review", label: "Start review", note: null },
  verify: { from: ["in-review", "needs-info"], to: "verified", label: "Verify", note: null },
  dismiss: { from: ["in-review", "needs-info"], to: "dismissed", label: "Dismiss", note: "a reason" },
  "request-info": {
    from: ["in-review"],
    to: "needs-info",
    label: "Ask the reporter",
    note: "the question for the reporter",
  },
  // A decision taken in error can be taken back; the reason stays in the timeline and the audit log.
  reopen: { from: ["verified", "dismissed"], to: "in-review", label: "Reopen", note: "a reason" },
};

/** Whether an action applies to an alert in this status. */
export function canApplyAction(action: ReviewAction, status: AlertStatus): boolean {
  return REVIEW_ACTION_RULES[action].from.includes(status);
}

/** `review.update` input: one action on one or more alerts (bulk), with the note it requires. */
export const ReviewUpdateSchema = z
  .object({
    ids: z
      .array(z.number().int().positive())
      .min(1, "Choose at least one alert")
      .max(100, "Act on at most 100 alerts at once")
      .refine((ids) => new Set(ids).size === ids.length, { message: "An alert is listed twice" }),
    action: ReviewActionSchema,
    note: z
      .string()
      .trim()
      .max(ALERT_LIMITS.note, `The note can be at most ${ALERT_LIMITS.note} characters`)
      .optional(),
  })
  .refine((input) => REVIEW_ACTION_RULES[input.action].note === null || (input.note ?? "") !== "", {
    message: "Give the note this action needs (a reason, or the question for the reporter)",
    path: ["note"],
  });
export type ReviewUpdate = z.input<typeof ReviewUpdateSchema>;

/** `review.list` input: the queue's filters. Age is by submission time. */
export const ReviewListSchema = z.object({
  statuses: z.array(AlertStatusSchema).min(1).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "a two-letter country code")
    .transform((code) => code.toUpperCase())
    .optional(),
  indicator: IndicatorIdSchema.optional(),
  submittedAfter: z.iso.datetime({ offset: true }).optional(),
  submittedBefore: z.iso.datetime({ offset: true }).optional(),
  limit: z.number().int().min(1).max(200).default(100),
});
export type ReviewListInput = z.input<typeof ReviewListSchema>;
