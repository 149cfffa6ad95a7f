import { findItems } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderRss } from "../test-utils/feed-server.ts";
import { openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { inlineFeedPreparer } from "./feed-preparer.ts";
import { type LoadedFile, storePreparedFiles } from "./store-prepared-feeds.ts";

let database: TempDatabase;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.close());

async function prepared(file: string, count: number): Promise<LoadedFile> {
  const items = Array.from({ length: count }, (_, n) => ({
    title: `Shelling of ${file} district ${n} in Sudan kills ${n + 3}`,
    description: "Residents fled the fighting.",
    link: `https://example.org/${file}/${n}`,
    pubDate: "Sat, 28 Feb 2026 08:00:00 GMT",
  }));
  const preparer = inlineFeedPreparer(getDefaultScorer());
  return {
    file: `/saved/${file}.xml`,
    prepared: await preparer.prepare(Buffer.from(renderRss(items)), file),
  };
}

const options = () => ({ db: database.db, now: () => new Date("2026-03-01T12:00:00Z"), reliability: 0.6 });

describe("storePreparedFiles", () => {
  it("stores ready files in one commit and reports each, failures passed through in order", async () => {
    const files = [
      await prepared("a", 3),
      { file: "/saved/broken.xml", status: "failed" as const, error: "Feed 'broken.xml' is empty" },
      await prepared("b", 2),
    ];
    const results = await storePreparedFiles(files, options());
    expect(results.map((result) => [result.file, result.status])).toEqual([
      ["/saved/a.xml", "ok"],
      ["/saved/broken.xml", "failed"],
      ["/saved/b.xml", "ok"],
    ]);
    expect(results[2]).toMatchObject({ items: 2, inserted: 2, duplicates: 0 });
    expect((await storePreparedFiles(files, options()))[0]).toMatchObject({ inserted: 0, duplicates: 3 });
  });

  it("stores the others when one file can't be stored, which fails alone", async () => {
    const bad = await prepared("bad", 2);
    if ("prepared" in bad) (bad.prepared.scores[1] as { severity: number }).severity = 500;
    const results = await storePreparedFiles(
      [await prepared("a", 3), bad, await prepared("b", 2)],
      options(),
    );
    expect(results.map((result) => result.status)).toEqual(["ok", "failed", "ok"]);
    expect(results[1]).toMatchObject({ error: expect.stringMatching(/severity/) });
    expect((await findItems(database.db, { limit: 50 })).items).toHaveLength(5);
  });
});
