import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dayStartIso } from "../days.ts";
import { addSource, makeScore, openTempDatabase } from "../test-utils.ts";
import { readDaySpan } from "./country-day-cache.ts";
import { storeScoredItemsSync } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const DAY = 20_500;

describe("readDaySpan", () => {
  let opened: Opened;
  let sourceId: number;
  let story = 0;
  beforeEach(async () => {
    opened = await openTempDatabase();
    sourceId = await addSource(opened, "Reuters");
  });
  afterEach(async () => {
    await opened.close();
  });

  const store = (iso2: string, indicator: string) => {
    story++;
    storeScoredItemsSync(opened.db, {
      sourceId,
      sourceType: "news",
      reliability: 0.8,
      items: [
        {
          guid: `story-${story}`,
          url: null,
          title: `${story}alpha ${story}beta ${story}gamma ${story}delta`,
          summary: "",
          publishedAt: dayStartIso(DAY),
          lang: "en",
          score: makeScore([[iso2, 1]], [[indicator, 0.9]]),
        },
      ],
      now: new Date(dayStartIso(DAY + 1)),
    });
  };
  /** Countries with rows on DAY, in country_daily and in the indicator's rows. */
  const countriesOn = (indicator: string) => {
    const span = readDaySpan(opened.db, DAY - 1, DAY, [indicator]);
    const names = (block: { count: number; country: Uint16Array } | undefined) =>
      block
        ? Array.from(block.country.subarray(0, block.count), (index) => span.countries[index]).sort()
        : [];
    return { days: names(span.days[1]), indicator: names(span.indicators.get(indicator)?.[1]) };
  };

  it("re-reads a cached day when a later write moves it", () => {
    store("SD", "13.1");
    expect(countriesOn("13.1")).toEqual({ days: ["SD"], indicator: ["SD"] });
    store("ML", "13.1");
    expect(countriesOn("13.1")).toEqual({ days: ["ML", "SD"], indicator: ["ML", "SD"] });
  });

  it("keeps nothing read inside a transaction that rolls back", () => {
    store("SD", "13.1");
    countriesOn("13.1");
    expect(() =>
      opened.sqlite.transaction(() => {
        store("ML", "13.1");
        expect(countriesOn("13.1").days).toEqual(["ML", "SD"]);
        throw new Error("roll back");
      })(),
    ).toThrow("roll back");
    // The next commit gives the day the version the rolled-back one had: its rows must not be served.
    store("ET", "13.1");
    expect(countriesOn("13.1")).toEqual({ days: ["ET", "SD"], indicator: ["ET", "SD"] });
  });
});
