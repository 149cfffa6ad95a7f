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

  it("rejects what is pending when it stops, and refuses work afterwards, instead of hanging", async () => {
    const worker = startFeedWorker();
    await worker.ready;
    const pending = worker.prepare(feed, "darfur.xml");
    await worker.close();
    await expect(pending).rejects.toThrow(/closed|stopped/);
    await expect(worker.prepare(feed, "darfur.xml")).rejects.toThrow(/closed/);
  }, 60_000);
});
