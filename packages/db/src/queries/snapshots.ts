import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { parseInput } from "../parse-input.ts";
import {
  ListSnapshotsInputSchema,
  type ListSnapshotsOptions,
  type SituationDocument,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotContent,
  SnapshotContentSchema,
  type SnapshotCreator,
  type SnapshotSummary,
} from "../schemas/snapshot.ts";
import { SnapshotFiltersSchema, SnapshotViewSchema } from "../schemas/snapshot-view.ts";
import { sealContent } from "../snapshots/build-snapshot.ts";

/** Options for createSnapshot; the id, clock and creator come from the caller (the API's edge). */
export interface CreateSnapshotOptions {
  id: string;
  createdAt: Date;
  creator: SnapshotCreator;
  content: SnapshotContent;
}

const SNAPSHOT_COLUMNS = [
  "id",
  "created_at",
  "creator_label",
  "creator_user_id",
  "creator_role",
  "filters",
  "scoring_version",
  "content_hash",
  "content",
] as const;

/** The link that renders a snapshot's frozen view. */
export function snapshotPath(id: string): string {
  return `/snapshots/${id}`;
}

/** A stored document's line in a list: identity, hash, view and filters, without the content. */
export function summaryOf(document: SituationDocument): SnapshotSummary {
  if (!document.snapshot) throw new ValidationError("A live view has no snapshot summary; save it first");
  return {
    ...document.snapshot,
    contentHash: document.contentHash,
    view: document.content.view,
    filters: document.content.filters,
    scoringVersion: document.content.scoringVersion,
  };
}

/** Stores a snapshot's canonical content and hash; returns the stored document. */
export async function createSnapshot(
  db: Kysely<Database>,
  options: CreateSnapshotOptions,
): Promise<SituationDocument> {
  const { canonical, contentHash } = sealContent(options.content);
  await db
    .insertInto("snapshots")
    .values({
      id: options.id,
      created_at: options.createdAt.toISOString(),
      creator_label: options.creator.label,
      creator_user_id: options.creator.userId,
      creator_role: options.creator.role,
      view_kind: options.content.view.kind,
      view_label: options.content.view.label,
      filters: JSON.stringify(options.content.filters),
      scoring_version: options.content.scoringVersion,
      content_hash: contentHash,
      content: canonical,
    })
    .execute();
  return getSnapshot(db, { id: options.id });
}

/** A stored snapshot as a situation document; NotFoundError naming the id when there is none. */
export async function getSnapshot(db: Kysely<Database>, options: { id: string }): Promise<SituationDocument> {
  const row = await db
    .selectFrom("snapshots")
    .select(SNAPSHOT_COLUMNS)
    .where("id", "=", options.id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("snapshot", "id", options.id);
  const content = SnapshotContentSchema.parse(JSON.parse(row.content));
  return {
    format: "vigil.situation",
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    snapshot: metaOf(row),
    // The data was read when the snapshot was saved; reading the snapshot later reads no live data.
    accessedAt: row.created_at,
    contentHash: row.content_hash,
    content,
  };
}

/** Snapshots newest first, a page at a time. */
export async function listSnapshots(
  db: Kysely<Database>,
  options: ListSnapshotsOptions = {},
): Promise<{ snapshots: SnapshotSummary[]; nextCursor: string | null }> {
  const input = parseInput(ListSnapshotsInputSchema, options, "snapshot list");
  let query = db
    .selectFrom("snapshots")
    .select([
      "id",
      "created_at",
      "creator_label",
      "creator_user_id",
      "creator_role",
      "view_kind",
      "view_label",
      "filters",
      "scoring_version",
      "content_hash",
    ]);
  if (input.cursor !== undefined) {
    const after = decodeSnapshotCursor(input.cursor);
    query = query.where((eb) =>
      eb.or([
        eb("created_at", "<", after.createdAt),
        eb.and([eb("created_at", "=", after.createdAt), eb("id", "<", after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const snapshots = page.map((row) => {
    const filters = SnapshotFiltersSchema.parse(JSON.parse(row.filters));
    return {
      ...metaOf(row),
      contentHash: row.content_hash,
      view: SnapshotViewSchema.parse({
        kind: row.view_kind,
        region: filters.region,
        iso2: filters.iso2,
        label: row.view_label,
      }),
      filters,
      scoringVersion: row.scoring_version,
    };
  });
  const last = page.at(-1);
  return {
    snapshots,
    nextCursor: rows.length > input.limit && last ? encodeSnapshotCursor(last.created_at, last.id) : null,
  };
}

function metaOf(row: {
  id: string;
  created_at: string;
  creator_label: string;
  creator_user_id: string | null;
  creator_role: string | null;
}): SituationDocument["snapshot"] & object {
  return {
    id: row.id,
    createdAt: row.created_at,
    creator: { label: row.creator_label, userId: row.creator_user_id, role: row.creator_role },
    path: snapshotPath(row.id),
  };
}

// Opaque to clients, like item cursors: base64url of [createdAt, id].
function encodeSnapshotCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString("base64url");
}

function decodeSnapshotCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // The same mistake to the caller as a well-formed but wrong cursor.
  }
  throw new ValidationError(`Invalid cursor '${cursor}': pass the nextCursor of a previous page`, {
    path: "cursor",
  });
}
