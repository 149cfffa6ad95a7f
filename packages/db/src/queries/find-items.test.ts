import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../errors.ts";
import { addSource, makeScore, openTempDatabase } from "../test-utils.ts";
import { findItems } from "./find-items.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;

describe("findItems", () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openTempDatabase();
    const sourceId = await addSource(opened, "Reuters", 0.9);
    // 53 items over a few hours; every fifth shares a timestamp with the next, so ties need the id.
    const items = Array.from({ length: 53 }, (_, index) => ({
      guid: `item-${index}`,
      url: null,
      title: `${index}one ${index}two ${index}three ${index}four`,
      summary: "",
      publishedAt: new Date(Date.UTC(2026, 2, 1, 0, index - (index % 5 === 1 ? 1 : 0))).toISOString(),
      lang: "en",
      score: makeScore(
        [[index % 2 === 0 ? "ML" : "SD", 0.9]],
        index % 3 === 0 ? [["13.1", 0.8]] : [["8.8", 0.5]],
        index,
      ),
    }));
    await storeScoredItems(opened.db, {
      sourceId,
      sourceType: "news",
      reliability: 0.9,
      items,
      now: new Date("2026-03-02T00:00:00Z"),
    });
  });
  afterAll(async () => {
    await opened.close();
  });

  async function allPages(options: Parameters<typeof findItems>[1]) {
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await findItems(opened.db, { ...options, cursor });
      seen.push(...result.items.map((item) => item.id));
      if (result.nextCursor === null) return seen;
      cursor = result.nextCursor;
    }
    throw new Error("pagination did not end");
  }

  it("pages through every item exactly once, newest first", async () => {
    const seen = await allPages({ limit: 7 });
    expect(seen).toHaveLength(53);
    expect(new Set(seen).size).toBe(53);
    const all = await findItems(opened.db, { limit: 200 });
    expect(all.items.map((item) => item.id)).toEqual(seen);
    const dates = all.items.map((item) => item.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(all.nextCursor).toBeNull();
  });

  it("filters by country, factor, indicator, severity and dates, and pages the filtered set", async () => {
    const mali = await allPages({ iso2: "ml", limit: 4 });
    expect(mali).toHaveLength(27);
    const factor13 = await findItems(opened.db, { riskFactors: [13], limit: 200 });
    expect(factor13.items).toHaveLength(18);
    expect(factor13.items.every((item) => item.signals.some((signal) => signal.riskFactor === 13))).toBe(
      true,
    );
    expect((await findItems(opened.db, { indicators: ["8.8"], limit: 200 })).items).toHaveLength(35);
    expect((await findItems(opened.db, { minSeverity: 50, limit: 200 })).items).toHaveLength(3);
    const window = await findItems(opened.db, {
      since: "2026-03-01T00:10:00Z",
      until: "2026-03-01T00:20:00Z",
      limit: 200,
    });
    expect(
      window.items.every(
        (item) => item.publishedAt >= "2026-03-01T00:10" && item.publishedAt < "2026-03-01T00:20",
      ),
    ).toBe(true);
    expect(window.items.length).toBeGreaterThan(5);
    expect((await findItems(opened.db, { sourceTypes: ["alert"], limit: 200 })).items).toEqual([]);
  });

  it("returns the item's source, countries and signals", async () => {
    const [item] = (await findItems(opened.db, { limit: 1 })).items;
    expect(item).toMatchObject({
      source: { name: "Reuters" },
      sourceType: "news",
      countries: [{ iso2: "ML", confidence: 0.9 }],
    });
  });

  it("rejects a bad cursor and a bad limit with a clear error", async () => {
    await expect(findItems(opened.db, { limit: 5, cursor: "not-a-cursor" })).rejects.toThrow(ValidationError);
    await expect(findItems(opened.db, { limit: 5, cursor: "not-a-cursor" })).rejects.toThrow(
      /Invalid cursor 'not-a-cursor'/,
    );
    const forged = Buffer.from(JSON.stringify({ id: 1 })).toString("base64url");
    await expect(findItems(opened.db, { limit: 5, cursor: forged })).rejects.toThrow(/Invalid cursor/);
    await expect(findItems(opened.db, { limit: 201 })).rejects.toThrow(/limit/);
  });
});

describe("findItems by region", () => {
  it("keeps the items about a country of the region, so a regional list pages full", async () => {
    const opened = await openTempDatabase();
    try {
      const sourceId = await addSource(opened, "Wire", 0.8);
      const items = [
        ["SD", "Sudan story"],
        ["UA", "Ukraine story"],
        ["ML", "Mali story"],
        ["FR", "France story"],
      ].map(([iso2, title], index) => ({
        guid: `r-${index}`,
        url: null,
        title: `${title} ${index}`,
        summary: "",
        publishedAt: `2026-03-01T0${index}:00:00Z`,
        lang: "en",
        score: makeScore([[iso2 as string, 0.9]], [["13.1", 0.8]], index),
      }));
      await storeScoredItems(opened.db, {
        sourceId,
        sourceType: "news",
        reliability: 0.8,
        items,
        now: new Date("2026-03-02T00:00:00Z"),
      });
      const titles = async (region: "africa" | "europe" | "mena") =>
        (await findItems(opened.db, { region, limit: 200 })).items.map((item) => item.title).sort();
      expect(await titles("africa")).toEqual(["Mali story 2", "Sudan story 0"]);
      expect(await titles("europe")).toEqual(["France story 3", "Ukraine story 1"]);
      expect(await titles("mena")).toEqual([]);
      await expect(findItems(opened.db, { region: "atlantis" as "africa", limit: 10 })).rejects.toThrow();
    } finally {
      await opened.close();
    }
  });
});
