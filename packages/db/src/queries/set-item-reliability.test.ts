import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dayStartIso } from "../days.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { addSource, makeScore, openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { mapCountries } from "./map-countries.ts";
import { mapCountriesFromRawTables } from "./map-countries-raw.ts";
import { setItemReliability } from "./set-item-reliability.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const DAY = 20_500;
const asOf = new Date(Date.parse(dayStartIso(DAY)) + 20 * 3_600_000);

describe("setItemReliability", () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openTempDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  it("re-weights a verified alert's story and keeps the aggregates equal to a recomputation", async () => {
    const channel = await addSource(opened, "Field network", 0.8);
    const item = (guid: string) => ({
      guid,
      url: null,
      title: "Armed men burned houses in Djibo overnight, residents said",
      summary: "",
      publishedAt: new Date(Date.parse(dayStartIso(DAY)) + 6 * 3_600_000).toISOString(),
      lang: "en",
      score: makeScore([["ML", 1]], [["13.1", 0.9]]),
    });
    const now = asOf;
    await storeScoredItems(opened.db, {
      sourceId: channel,
      sourceType: "alert",
      reliability: 0.4,
      items: [item("a1"), item("a2"), item("a3")],
      now,
    });
    const options = { windowDays: 7, asOf, countries: TEST_COUNTRIES };
    const before = (await mapCountries(opened.db, options)).find((row) => row.iso2 === "ML");
    const evidence = () =>
      opened.sqlite.prepare("SELECT evidence_13 AS e FROM country_daily").get() as { e: number };
    expect(evidence().e).toBeCloseTo(0.9 * 0.4, 10);
    const [first] = opened.sqlite.prepare("SELECT id FROM items ORDER BY id").all() as { id: number }[];
    await setItemReliability(opened.db, { itemId: first?.id as number, reliability: 0.8 });
    expect(evidence().e).toBeCloseTo(0.9 * 0.8, 10);
    const after = await mapCountries(opened.db, options);
    expect(after.find((row) => row.iso2 === "ML")?.score).toBeGreaterThan(before?.score ?? 0);
    const raw = await mapCountriesFromRawTables(opened.db, options);
    expect(after.map((row) => row.score)).toEqual(raw.map((row) => row.score));
  });

  it("names a missing item and refuses an impossible reliability", async () => {
    await expect(setItemReliability(opened.db, { itemId: 9, reliability: 1 })).rejects.toThrow(
      new NotFoundError("item", "id", 9),
    );
    await expect(setItemReliability(opened.db, { itemId: 9, reliability: 2 })).rejects.toThrow(
      ValidationError,
    );
  });
});
