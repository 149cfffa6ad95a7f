import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../errors.ts";
import { sha256Hex } from "../snapshots/canonical-json.ts";
import { openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { snapshotContent } from "./snapshot-content.ts";
import { createSnapshot, getSnapshot, listSnapshots } from "./snapshots.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const creator = { label: "anonymous", userId: null, role: null };
let opened: Opened;

beforeAll(async () => {
  opened = await openTempDatabase();
});
afterAll(() => opened.close());

async function save(id: string, minute: number) {
  const content = await snapshotContent(opened.db, {
    windowDays: 7,
    asOf: new Date("2026-03-01T12:00:00Z"),
    region: "Asia",
    countries: TEST_COUNTRIES,
  });
  const createdAt = new Date(Date.UTC(2026, 2, 1, 12, minute));
  return createSnapshot(opened.db, { id, createdAt, creator, content });
}

describe("snapshots", () => {
  it("stores the canonical content whose sha256 is the hash, and reads it back unchanged", async () => {
    const saved = await save("aaaa1111", 0);
    expect(saved.snapshot).toMatchObject({ id: "aaaa1111", path: "/snapshots/aaaa1111", creator });
    expect(saved.accessedAt).toBe("2026-03-01T12:00:00.000Z");
    const row = await opened.db
      .selectFrom("snapshots")
      .select(["content", "content_hash"])
      .where("id", "=", "aaaa1111")
      .executeTakeFirstOrThrow();
    expect(sha256Hex(row.content)).toBe(row.content_hash);
    expect(await getSnapshot(opened.db, { id: "aaaa1111" })).toEqual(saved);
    expect(saved.content.view.label).toBe("Asia");
  });

  it("is immutable: the database refuses updates and deletes; a second save is a new id", async () => {
    await expect(sql`update snapshots set content = '{}'`.execute(opened.db)).rejects.toThrow(/immutable/);
    await expect(sql`delete from snapshots`.execute(opened.db)).rejects.toThrow(/immutable/);
    const second = await save("bbbb2222", 1);
    expect(second.contentHash).toBe((await getSnapshot(opened.db, { id: "aaaa1111" })).contentHash);
  });

  it("lists newest first, a page at a time", async () => {
    await save("cccc3333", 2);
    const first = await listSnapshots(opened.db, { limit: 2 });
    expect(first.snapshots.map((snapshot) => snapshot.id)).toEqual(["cccc3333", "bbbb2222"]);
    expect(first.snapshots[0]).toMatchObject({
      view: { kind: "region", label: "Asia" },
      filters: { windowDays: 7 },
    });
    const rest = await listSnapshots(opened.db, { limit: 2, cursor: first.nextCursor ?? undefined });
    expect(rest).toMatchObject({ snapshots: [{ id: "aaaa1111" }], nextCursor: null });
    await expect(listSnapshots(opened.db, { cursor: "nope" })).rejects.toThrow(ValidationError);
  });

  it("names a missing snapshot", async () => {
    await expect(getSnapshot(opened.db, { id: "zzzz9999" })).rejects.toThrow(
      new NotFoundError("snapshot", "id", "zzzz9999"),
    );
  });
});
