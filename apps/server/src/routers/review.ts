import {
  AlertStatusSchema,
  AlertViewSchema,
  listReviewQueue,
  ReviewListSchema,
  ReviewUpdateSchema,
  reviewAlerts,
} from "@vigil/db";
import { z } from "zod";
import { coordinatorProcedure, router, viewerOf } from "../trpc.ts";

/** The coordinators' review queue. */
export const reviewRouter = router({
  /**
   * Alerts the viewer may review (their organisation's, or all where an admin allowed it), oldest first,
   * by status (open ones by default), country, indicator and age. Reporters and exact places are shown
   * only for the coordinator's own organisation, and each view is logged.
   */
  list: coordinatorProcedure
    .input(ReviewListSchema)
    .output(z.array(AlertViewSchema))
    .query(({ ctx, input }) => listReviewQueue(ctx.db, { viewer: viewerOf(ctx), filters: input })),
  /**
   * One action on one or more alerts (bulk), all or none: start review, verify, dismiss (reason),
   * ask the reporter (question), reopen (reason). Each change moves the alert's weight on the map.
   */
  update: coordinatorProcedure
    .input(ReviewUpdateSchema)
    .output(z.array(z.object({ id: z.number().int(), status: AlertStatusSchema })))
    .mutation(async ({ ctx, input }) => {
      const updated = await reviewAlerts(ctx.db, { update: input, viewer: viewerOf(ctx), now: ctx.now() });
      return updated.map((alert) => ({ id: alert.id, status: alert.status }));
    }),
});
