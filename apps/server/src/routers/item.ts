import { FindItemsInputSchema, FindItemsOutputSchema, findItems } from "@vigil/db";
import { readerProcedure, router } from "../trpc.ts";

/** Stored news items and alerts. */
export const itemRouter = router({
  /** Items newest first, filtered, one page at a time; pass `nextCursor` back as `cursor`. */
  list: readerProcedure
    .input(FindItemsInputSchema)
    .output(FindItemsOutputSchema)
    .query(({ ctx, input }) => findItems(ctx.db, { ...input, viewer: ctx.viewer })),
});
