import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "../errors.ts";
import { addSource, makeScore, openTempDatabase } from "../test-utils.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-10T12:00:00Z");

function item(guid: string) {
  return {
    guid,
    url: null,
    title: `Gunmen kill 12 villagers in central Mali, officials say (${guid})`,
    summary: "",
    publishedAt: "2026-03-10T08:00:00Z",
    score: makeScore(
      [
        ["ML", 1],
        ["BF", 0.4],
      ],
      [
        ["13.1", 0.8],
        ["1.1", 0.5],
      ],
    ),
  };
}

/** The item with its evidence as JSON text, as the import's worker sends it. */
function encoded(guid: string) {
  const { score, ...rest } = item(guid);
  return {
    ...rest,
    score: {
      ...score,
      countries: score.countries.map((country) => ({
        ...country,
        evidence: JSON.stringify(country.evidence),
      })),
      signals: score.signals.map((signal) => ({ ...signal, evidence: JSON.stringify(signal.evidence) })),
    },
  };
}

describe("item details", () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openTempDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  const details = () =>
    [
      opened.sqlite.prepare("SELECT * FROM item_countries ORDER BY item_id, iso2").all(),
      opened.sqlite.prepare("SELECT * FROM item_signals ORDER BY item_id, indicator").all(),
    ] as const;

  it("stores evidence given as JSON text exactly as the arrays it encodes", async () => {
    const source = await addSource(opened, "Wire", 0.8);
    const batch = { sourceId: source, sourceType: "news" as const, reliability: 0.8, now: NOW };
    await storeScoredItems(opened.db, { ...batch, items: [item("a")] });
    await storeScoredItems(opened.db, { ...batch, items: [encoded("b")] });
    const [countries, signals] = details();
    expect(countries).toHaveLength(4);
    expect(signals).toHaveLength(4);
    const { item_id: _a, ...firstCountry } = countries[0] as Record<string, unknown>;
    const { item_id: _b, ...thirdCountry } = countries[2] as Record<string, unknown>;
    expect(thirdCountry).toEqual(firstCountry);
    const { item_id: _c, ...firstSignal } = signals[0] as Record<string, unknown>;
    const { item_id: _d, ...thirdSignal } = signals[2] as Record<string, unknown>;
    expect(thirdSignal).toEqual(firstSignal);
    expect(JSON.parse(firstSignal.evidence as string)).toEqual(item("a").score.signals[1]?.evidence);
  });

  it("refuses evidence text that is not an array's JSON, writing nothing", async () => {
    const source = await addSource(opened, "Wire", 0.8);
    const bad = encoded("a");
    (bad.score.signals[0] as { evidence: string }).evidence = '{"field":"title"}';
    const attempt = storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "news",
      reliability: 0.8,
      items: [bad],
      now: NOW,
    });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toThrow(/items\.0\.score\.signals\.0\.evidence/);
    expect(details()).toEqual([[], []]);
  });

  it("refuses malformed evidence text inside brackets, writing nothing", async () => {
    const source = await addSource(opened, "Wire", 0.8);
    const good = encoded("a");
    const bad = encoded("b");
    (bad.score.countries[1] as { evidence: string }).evidence = '[{"start":0,"end":3,]';
    const attempt = storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "news",
      reliability: 0.8,
      items: [good, bad],
      now: NOW,
    });
    await expect(attempt).rejects.toThrow(/malformed JSON/);
    expect(details()).toEqual([[], []]);
    expect(opened.sqlite.prepare("SELECT count(*) AS n FROM items").get()).toEqual({ n: 0 });
  });
});
