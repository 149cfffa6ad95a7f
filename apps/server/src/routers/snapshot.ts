import { randomBytes } from "node:crypto";
import {
  createSnapshot,
  getSnapshot,
  getUser,
  ListSnapshotsInputSchema,
  ListSnapshotsOutputSchema,
  listSnapshots,
  liveDocument,
  SituationDocumentSchema,
  type SnapshotCreator,
  SnapshotIdInputSchema,
  SnapshotPreviewInputSchema,
  SnapshotSummarySchema,
  SnapshotViewInputSchema,
  snapshotContent,
  summaryOf,
} from "@vigil/db";
import type { Context } from "../context.ts";
import { readerProcedure, router } from "../trpc.ts";

/**
 * Frozen, citable pictures of a view; the live view as the same document, for exports. Who may read
 * the map may save, read and export snapshots (the same `readerProcedure` as map and country).
 */
export const snapshotRouter = router({
  /**
   * Saves the view as an immutable snapshot; every save is a new id. Answers with its id, link and hash
   * (`snapshot.get` reads the content, which for a world view can run to megabytes).
   */
  create: readerProcedure
    .input(SnapshotViewInputSchema)
    .output(SnapshotSummarySchema)
    .mutation(async ({ ctx, input }) => {
      const createdAt = ctx.now();
      // Built for no viewer: a snapshot is a link people pass on (to governments, the UN), so field
      // alerts in it are redacted as for anyone, whoever saved it; and equal views hash equal.
      const content = await snapshotContent(ctx.db, {
        ...input,
        asOf: input.asOf ?? createdAt,
        viewer: null,
      });
      const creator = await creatorOf(ctx);
      return summaryOf(await createSnapshot(ctx.db, { id: newSnapshotId(), createdAt, creator, content }));
    }),
  /** A saved snapshot, exactly as stored. */
  get: readerProcedure
    .input(SnapshotIdInputSchema)
    .output(SituationDocumentSchema)
    .query(({ ctx, input }) => getSnapshot(ctx.db, input)),
  /** Saved snapshots, newest first. */
  list: readerProcedure
    .input(ListSnapshotsInputSchema)
    .output(ListSnapshotsOutputSchema)
    .query(({ ctx, input }) => listSnapshots(ctx.db, input)),
  /**
   * The live view as a document (`snapshot: null`), redacted for the caller exactly as `country.detail`
   * is (or, with `audience: "anyone"`, as for anyone): live exports use it, so what a role may download
   * is what it may see.
   */
  preview: readerProcedure
    .input(SnapshotPreviewInputSchema)
    .output(SituationDocumentSchema)
    .query(async ({ ctx, input }) => {
      const accessedAt = ctx.now();
      const { audience, ...view } = input;
      const content = await snapshotContent(ctx.db, {
        ...view,
        asOf: view.asOf ?? accessedAt,
        viewer: audience === "anyone" ? null : ctx.viewer,
      });
      return liveDocument(content, accessedAt);
    }),
});

/** 16 characters of base32 (80 random bits): unguessable, and safe in a URL and a file name. */
export function newSnapshotId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  return [...randomBytes(16)].map((byte) => alphabet[byte % 32]).join("");
}

/** The signed-in user by name; the local command line, which has no user, as "command line". */
async function creatorOf(ctx: Context): Promise<SnapshotCreator> {
  if (!ctx.viewer)
    return { label: ctx.isLocalOperator ? "command line" : "anonymous", userId: null, role: null };
  const user = await getUser(ctx.db, ctx.viewer.userId);
  return { label: user.name, userId: String(user.id), role: user.role };
}
