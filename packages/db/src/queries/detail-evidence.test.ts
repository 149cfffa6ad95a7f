import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayStartIso } from "../days.ts";
import { addSource, makeScore, openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { countryDetail } from "./country-detail.ts";
import { setItemReliability } from "./set-item-reliability.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const DAY = 20_500;
const asOf = new Date(Date.parse(dayStartIso(DAY)) + 20 * 3_600_000);
const at = (day: number, hour: number) =>
  new Date(Date.parse(dayStartIso(day)) + hour * 3_600_000).toISOString();
const WIRE = "Gunmen kill 12 villagers in central Mali, officials say";

/** The (country, day, cluster) triples the evidence tables hold, and those cluster_country_days holds. */
function triples(opened: Opened): { evidence: string[]; listed: string[] } {
  const read = (sql: string) =>
    (opened.sqlite.prepare(sql).all() as { iso2: string; day: number; cluster_id: number }[]).map(
      (row) => `${row.iso2}|${row.day}|${row.cluster_id}`,
    );
  return {
    evidence: read(`SELECT iso2, day, cluster_id FROM cluster_factor_evidence
      UNION SELECT iso2, day, cluster_id FROM cluster_indicator_evidence`),
    listed: read("SELECT iso2, day, cluster_id FROM cluster_country_days"),
  };
}

describe("topEvidence through cluster_country_days", () => {
  let opened: Opened;
  let wireCluster: number;
  let alertCluster: number;
  beforeAll(async () => {
    opened = await openTempDatabase();
    const reuters = await addSource(opened, "Reuters", 0.9);
    const field = await addSource(opened, "Field network", 0.8);
    const item = (guid: string, title: string, weight: number, published: string) => ({
      guid,
      url: null,
      title,
      summary: "",
      publishedAt: published,
      lang: "en",
      score: makeScore([["ML", 1]], [["13.1", weight]]),
    });
    const news = { sourceId: reuters, sourceType: "news" as const, reliability: 0.9, now: asOf };
    await storeScoredItems(opened.db, {
      ...news,
      items: [
        item("w1", WIRE, 0.5, at(DAY, 8)),
        item("m1", "Mali junta extends transition by five years", 0.3, at(DAY, 9)),
      ],
    });
    // The same story, stronger and a day earlier: the cluster's evidence now all arrives on DAY − 1,
    // so its rows of DAY are deleted.
    await storeScoredItems(opened.db, { ...news, items: [item("w2", WIRE, 0.9, at(DAY - 1, 8))] });
    await storeScoredItems(opened.db, {
      sourceId: field,
      sourceType: "alert",
      reliability: 0.4,
      items: [item("a1", "Armed men burned houses in Djibo overnight", 0.8, at(DAY, 6))],
      now: asOf,
    });
    const clusterOf = (guid: string) =>
      (opened.sqlite.prepare("SELECT cluster_id, id FROM items WHERE guid = ?").get(guid) as {
        cluster_id: number;
        id: number;
      }) ?? { cluster_id: 0, id: 0 };
    wireCluster = clusterOf("w1").cluster_id;
    alertCluster = clusterOf("a1").cluster_id;
    // A dismissed alert loses every evidence row.
    await setItemReliability(opened.db, { itemId: clusterOf("a1").id, reliability: 0 });
  });
  afterAll(async () => {
    await opened.close();
  });

  it("lists every triple of the evidence tables, and keeps the ones a cluster lost", () => {
    const { evidence, listed } = triples(opened);
    expect(listed).toEqual(expect.arrayContaining(evidence));
    const stale = listed.filter((triple) => !evidence.includes(triple));
    expect(stale.sort()).toEqual([`ML|${DAY}|${alertCluster}`, `ML|${DAY}|${wireCluster}`].sort());
  });

  it("answers as if the lost triples had been deleted", async () => {
    const queries = [
      { iso2: "ML", windowDays: 7 },
      { iso2: "ML", windowDays: 30, riskFactors: [13] },
      { iso2: "ML", windowDays: 7, indicators: ["13.1"] },
      { iso2: "ML", windowDays: 7, sourceTypes: ["alert" as const] },
    ];
    const answer = () =>
      Promise.all(
        queries.map((query) => countryDetail(opened.db, { ...query, asOf, countries: TEST_COUNTRIES })),
      );
    const withStale = await answer();
    const [all] = withStale;
    expect(all?.topEvidence.map((entry) => [entry.clusterId, entry.contribution])).toEqual([
      // 0.9 × 0.9 on DAY − 1, decayed by one day of a 7-day window (half-life 7/3).
      [wireCluster, Math.round(0.81 * 0.5 ** (3 / 7) * 1000) / 1000],
      [expect.any(Number), 0.27],
    ]);
    expect(withStale[3]?.topEvidence).toEqual([]);

    opened.sqlite.exec(`DELETE FROM cluster_country_days;
      INSERT INTO cluster_country_days (iso2, day, cluster_id)
      SELECT iso2, day, cluster_id FROM cluster_factor_evidence
      UNION SELECT iso2, day, cluster_id FROM cluster_indicator_evidence`);
    expect(triples(opened).listed).toEqual(triples(opened).evidence);
    expect(await answer()).toEqual(withStale);
  });
});
