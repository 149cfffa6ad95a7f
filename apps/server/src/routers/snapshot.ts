import { randomBytes } from "node:crypto";
import {
  createSnapshot,
  getSnapshot,
  ListSnapshotsInputSchema,
  ListSnapshotsOutputSchema,
  listSnapshots,
  liveDocument,
  SituationDocumentSchema,
  SnapshotIdInputSchema,
  SnapshotViewInputSchema,
  snapshotContent,
} from "@vigil/db";
import type { Context } from "../context.ts";
import { publicProcedure, router } from "../trpc.ts";

/** Frozen, citable pictures of a view; the live view as the same document, for exports. */
export const snapshotRouter = router({
  /** Saves the view as an immutable snapshot; every save is a new id. Returns the stored document. */
  create: publicProcedure
    .input(SnapshotViewInputSchema)
    .output(SituationDocumentSchema)
    .mutation(async ({ ctx, input }) => {
      const createdAt = ctx.now();
      const content = await snapshotContent(ctx.db, { ...input, asOf: input.asOf ?? createdAt });
      return createSnapshot(ctx.db, { id: newSnapshotId(), createdAt, creator: creatorOf(ctx), content });
    }),
  /** A saved snapshot, exactly as stored. */
  get: publicProcedure
    .input(SnapshotIdInputSchema)
    .output(SituationDocumentSchema)
    .query(({ ctx, input }) => getSnapshot(ctx.db, input)),
  /** Saved snapshots, newest first. */
  list: publicProcedure
    .input(ListSnapshotsInputSchema)
    .output(ListSnapshotsOutputSchema)
    .query(({ ctx, input }) => listSnapshots(ctx.db, input)),
  /** What a save would store, unsaved: the live view as a document (`snapshot: null`); exports use it. */
  preview: publicProcedure
    .input(SnapshotViewInputSchema)
    .output(SituationDocumentSchema)
    .query(async ({ ctx, input }) => {
      const accessedAt = ctx.now();
      const content = await snapshotContent(ctx.db, { ...input, asOf: input.asOf ?? accessedAt });
      return liveDocument(content, accessedAt);
    }),
});

/** 16 characters of base32 (80 random bits): unguessable, and safe in a URL and a file name. */
export function newSnapshotId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  return [...randomBytes(16)].map((byte) => alphabet[byte % 32]).join("");
}

function creatorOf(_ctx: Context) {
  return { label: "anonymous", userId: null, role: null };
}
