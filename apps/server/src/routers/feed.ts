import {
  createFeed,
  FeedHealthSchema,
  FeedInputSchema,
  FeedSchema,
  FeedUpdateSchema,
  feedHealth,
  getFeed,
  listFeeds,
  removeFeed,
  updateFeed,
} from "@vigil/db";
import { z } from "zod";
import { coordinatorProcedure, readerProcedure, router } from "../trpc.ts";

const FeedIdSchema = FeedUpdateSchema.pick({ id: true });

/** What one refresh of one feed came to. */
export const PollOutcomeSchema = z.object({
  feedId: z.number().int(),
  url: z.string(),
  status: z.enum(["ok", "not-modified", "failed", "cancelled"]),
  inserted: z.number().int().optional(),
  duplicates: z.number().int().optional(),
  /** The failure in words, naming the feed. */
  error: z.string().optional(),
  nextAttemptAt: z.string().optional(),
});

/** The feed registry and its health: read by analysts and up, changed by coordinators and admins. */
export const feedRouter = router({
  /** Every feed not removed, by name. */
  list: readerProcedure.output(z.array(FeedSchema)).query(({ ctx }) => listFeeds(ctx.db)),
  /** Adds a feed, due for its first poll at once. */
  add: coordinatorProcedure
    .input(FeedInputSchema)
    .output(FeedSchema)
    .mutation(({ ctx, input }) => createFeed(ctx.db, { feed: input, now: ctx.now() })),
  /** Edits a feed; `{ id, enabled: false }` disables it, `{ id, enabled: true }` enables it. */
  update: coordinatorProcedure
    .input(FeedUpdateSchema)
    .output(FeedSchema)
    .mutation(({ ctx, input }) => updateFeed(ctx.db, { update: input, now: ctx.now() })),
  /** Removes a feed from the registry and from polling; its items keep counting. */
  remove: coordinatorProcedure
    .input(FeedIdSchema)
    .output(FeedSchema)
    .mutation(({ ctx, input }) => removeFeed(ctx.db, { id: input.id, now: ctx.now() })),
  /** Polls one feed now (due or not, enabled or not), or every enabled feed when no id is given. */
  refresh: coordinatorProcedure
    .input(FeedIdSchema.partial().optional())
    .output(z.array(PollOutcomeSchema))
    .mutation(async ({ ctx, input }) => {
      const feeds =
        input?.id === undefined
          ? (await listFeeds(ctx.db)).filter((feed) => feed.enabled)
          : [await getFeed(ctx.db, { id: input.id })];
      const outcomes = await ctx.poller.pollFeeds(feeds);
      return outcomes.map((outcome) => ({
        ...outcome,
        nextAttemptAt: "nextAttemptAt" in outcome ? outcome.nextAttemptAt.toISOString() : undefined,
      }));
    }),
  /** How every feed is doing, worst first: failures in a row, last error in words, next attempt. */
  health: readerProcedure
    .output(z.array(FeedHealthSchema))
    .query(({ ctx }) => feedHealth(ctx.db, { now: ctx.now() })),
});
