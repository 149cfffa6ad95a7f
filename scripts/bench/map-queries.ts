/**
 * The query half of map.bench.ts, run in its own process on the database the load half wrote:
 * `mapCountries` 30d over 200 runs, by region, with factor and indicator filters, over a year and as of
 * a past day, beside the raw-table baseline, and the RSS.
 * Usage: node --import tsx --expose-gc map-queries.ts DB_FILE AS_OF
 */
import { mapCountries, mapCountriesFromRawTables, openDatabase } from "../../packages/db/src/index.ts";
import { fmt, quantile, report, target } from "./bench-kit.ts";

const [file = "", asOfText = ""] = process.argv.slice(2);
const opened = openDatabase({ file });
const options = { windowDays: 30, asOf: new Date(asOfText) };

async function latencies(runs: number, query: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await query();
    samples.push(performance.now() - started);
  }
  return samples;
}

await latencies(5, () => mapCountries(opened.db, options));
const aggregate = await latencies(200, () => mapCountries(opened.db, options));
const region = await latencies(100, () => mapCountries(opened.db, { ...options, region: "africa" }));
const filtered = await latencies(100, () =>
  mapCountries(opened.db, { ...options, riskFactors: [13, 8], sourceTypes: ["news"] }),
);
const byIndicator = await latencies(100, () =>
  mapCountries(opened.db, { ...options, indicators: ["13.1", "8.8"] }),
);
const yearly = await latencies(50, () => mapCountries(opened.db, { ...options, windowDays: 365 }));
// As of 90 days back: other days than the ones cached above (the first run reads them).
const pastAsOf = new Date(options.asOf.getTime() - 90 * 86_400_000);
const past = await latencies(100, () => mapCountries(opened.db, { ...options, asOf: pastAsOf }));
globalThis.gc?.();
// The server's memory is taken after the map queries; the raw-table baseline below is no server query,
// and its scans of every item fill SQLite's page cache (cache_size in open-database.ts) to the brim.
const rss = process.memoryUsage().rss;
const raw = await latencies(3, () => mapCountriesFromRawTables(opened.db, options));
globalThis.gc?.();
const rssAfterRaw = process.memoryUsage().rss;
const situations = await mapCountries(opened.db, options);
await opened.close();

const monitored = situations.filter((situation) => situation.level !== "not-monitored").length;
report("countries answered / monitored", `${situations.length} / ${monitored}`);
report("mapCountries 30d p50", `${fmt(quantile(aggregate, 0.5), 2)} ms`, "200 runs, aggregate tables");
report("mapCountries 30d p95", `${fmt(quantile(aggregate, 0.95), 2)} ms`);
const both = (samples: number[]) =>
  `${fmt(quantile(samples, 0.5), 2)} / ${fmt(quantile(samples, 0.95), 2)} ms`;
report("mapCountries 30d, region p50 / p95", both(region), "100 runs");
report("mapCountries 30d, 2 factors p50 / p95", both(filtered), "100 runs");
report("mapCountries 30d, 2 indicators p50 / p95", both(byIndicator), "100 runs");
report("mapCountries 30d, 90 days ago p50 / p95", both(past), "100 runs, first one reads those days");
report("mapCountries 365d p50 / p95", both(yearly), "50 runs");
report("baseline: from raw items 30d, p50", `${fmt(quantile(raw, 0.5), 0)} ms`, "3 runs");
report("RSS of the query process", `${fmt(rss / 2 ** 20, 1)} MB`, "after the map queries");
report(
  "  after the raw-table baseline too",
  `${fmt(rssAfterRaw / 2 ** 20, 1)} MB`,
  "page cache filled by scans",
);
const isOk = [
  target("mapCountries 30d p95 ≤ 20 ms", quantile(aggregate, 0.95) <= 20),
  target("RSS ≤ 300 MB", rss <= 300 * 2 ** 20),
].every(Boolean);
process.exitCode = isOk ? 0 : 1;
