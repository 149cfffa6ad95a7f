import {
  AlertAnswerSchema,
  AlertSubmitResultSchema,
  AlertSubmitSchema,
  AlertSuggestSchema,
  AlertViewSchema,
  answerAlert,
  getAlert,
  listOwnAlerts,
  redactAlert,
  submitAlert,
} from "@vigil/db";
import { getIndicator } from "@vigil/taxonomy";
import { z } from "zod";
import { ForbiddenError } from "../auth/auth-errors.ts";
import { procedureFor, reporterProcedure, router, submitterProcedure, viewerOf } from "../trpc.ts";

/** How many indicators and countries a live suggestion offers. */
const SUGGESTION_LIMIT = 5;

/** Field alerts as their reporters see them: submit, follow, answer questions. */
export const alertRouter = router({
  /**
   * Submits an alert for the reporter's organisation (or the API key's). The idempotency key makes a
   * retry return the first alert instead of a second one. Links are stored as typed, never fetched.
   */
  submit: submitterProcedure
    .input(AlertSubmitSchema)
    .output(AlertSubmitResultSchema)
    .mutation(async ({ ctx, input }) => {
      const orgId = ctx.apiKey ? ctx.apiKey.orgId : ctx.viewer?.orgId;
      if (orgId === undefined || orgId === null) {
        throw new ForbiddenError("Submitting an alert needs an organisation; ask an admin to add you to one");
      }
      const reporter = ctx.apiKey ? { apiKeyId: ctx.apiKey.id } : { userId: viewerOf(ctx).userId };
      const { record, isDuplicate } = await submitAlert(ctx.db, {
        input,
        orgId,
        reporter,
        scorer: ctx.scorer,
        now: ctx.now(),
      });
      const alert = ctx.viewer
        ? await getAlert(ctx.db, { id: record.id, viewer: ctx.viewer })
        : redactAlert(record, [], null);
      return { alert, isDuplicate };
    }),
  /** The signed-in reporter's own alerts, newest first, with their status and timeline. */
  list: reporterProcedure
    .output(z.array(AlertViewSchema))
    .query(({ ctx }) => listOwnAlerts(ctx.db, { viewer: viewerOf(ctx) })),
  /** One alert, for its reporter or a coordinator who may review it; "not found" for anyone else. */
  get: procedureFor(["member", "coordinator", "admin"])
    .input(z.object({ id: z.number().int().positive() }))
    .output(AlertViewSchema)
    .query(({ ctx, input }) => getAlert(ctx.db, { id: input.id, viewer: viewerOf(ctx) })),
  /** The reporter answers a coordinator's question; the alert goes back to review. */
  answer: reporterProcedure
    .input(AlertAnswerSchema)
    .output(AlertViewSchema)
    .mutation(async ({ ctx, input }) => {
      const viewer = viewerOf(ctx);
      await answerAlert(ctx.db, { id: input.id, answer: input.answer, viewer, now: ctx.now() });
      return getAlert(ctx.db, { id: input.id, viewer });
    }),
  /** Indicators (and countries) the scorer finds in a description so far, for live suggestions in the form. */
  suggest: reporterProcedure
    .input(AlertSuggestSchema)
    .output(
      z.object({
        indicators: z.array(
          z.object({ id: z.string(), name: z.string(), weight: z.number(), terms: z.array(z.string()) }),
        ),
        countries: z.array(z.object({ iso2: z.string(), confidence: z.number() })),
      }),
    )
    .query(({ ctx, input }) => {
      const score = ctx.scorer.scoreText({ text: input.text });
      return {
        indicators: score.signals.slice(0, SUGGESTION_LIMIT).map((signal) => ({
          id: signal.indicator,
          name: getIndicator(signal.indicator)?.name ?? signal.indicator,
          weight: signal.weight,
          terms: [...new Set(signal.evidence.map((evidence) => evidence.text))],
        })),
        countries: score.countries
          .slice(0, SUGGESTION_LIMIT)
          .map((country) => ({ iso2: country.iso2, confidence: country.confidence })),
      };
    }),
});
