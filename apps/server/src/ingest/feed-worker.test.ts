import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDefaultScorer } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import { renderRss } from "../test-utils/feed-server.ts";
import { startFeedWorker } from "./feed-worker.ts";

const feed = Buffer.from(
  renderRss([
    {
      title: "Militia attack on a village in Darfur kills 12 civilians",
      description: "Witnesses in Sudan described the attack.",
      link: "https://example.org/darfur/1",
      pubDate: "Sat, 28 Feb 2026 08:00:00 GMT",
    },
  ]),
);

describe("startFeedWorker", () => {
  it("answers with the parsed and scored feed, and with a clear error for a broken one", async () => {
    const worker = startFeedWorker();
    try {
      await worker.ready;
      const [good, broken] = await Promise.allSettled([
        worker.prepare(feed, "darfur.xml"),
        worker.prepare(Buffer.from("<rss><channel><item><title>cut off"), "cut.xml"),
      ]);
      expect(good.status).toBe("fulfilled");
      const prepared = good.status === "fulfilled" ? good.value : undefined;
      expect(prepared?.feed.items).toHaveLength(1);
      expect(prepared?.scores[0]?.countries[0]?.iso2).toBe("SD");
      expect(broken.status).toBe("rejected");
      expect(broken.status === "rejected" && String(broken.reason.message)).toContain("cut.xml");
    } finally {
      await worker.close();
    }
  }, 60_000);

  it("reads a file itself and answers as for its bytes, evidence encoded; a missing file fails by name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vigil-feed-worker-"));
    const worker = startFeedWorker();
    try {
      writeFileSync(path.join(dir, "darfur.xml"), feed);
      await worker.ready;
      const fromFile = await worker.prepareFile?.(path.join(dir, "darfur.xml"), "darfur.xml");
      expect(fromFile).toEqual(await worker.prepare(feed, "darfur.xml"));
      const scored = getDefaultScorer().scoreText({
        title: fromFile?.feed.items[0]?.title ?? "",
        text: fromFile?.feed.items[0]?.summary ?? "",
        lang: "en",
      });
      expect(fromFile?.scores[0]?.countries[0]?.evidence).toBe(JSON.stringify(scored.countries[0]?.evidence));
      expect(fromFile?.scores[0]?.signals.map((signal) => signal.evidence)).toEqual(
        scored.signals.map((signal) => JSON.stringify(signal.evidence)),
      );
      await expect(worker.prepareFile?.(path.join(dir, "gone.xml"), "gone.xml")).rejects.toThrow(/gone\.xml/);
    } finally {
      await worker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("rejects what is pending when it stops, and refuses work afterwards, instead of hanging", async () => {
    const worker = startFeedWorker();
    await worker.ready;
    const pending = worker.prepare(feed, "darfur.xml");
    await worker.close();
    await expect(pending).rejects.toThrow(/closed|stopped/);
    await expect(worker.prepare(feed, "darfur.xml")).rejects.toThrow(/closed/);
  }, 60_000);
});
