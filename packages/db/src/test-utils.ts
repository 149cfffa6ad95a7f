import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TextScore } from "@vigil/scoring";
import type { CountryRef } from "./countries.ts";
import { migrateToLatest } from "./migrations/migrate.ts";
import { openDatabase, type VigilDatabase } from "./open-database.ts";
import { createFeed } from "./queries/feeds.ts";

/** A migrated database in a fresh temporary directory; `close()` also deletes the directory. */
export async function openTempDatabase(): Promise<VigilDatabase & { file: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-"));
  const file = path.join(dir, "vigil.db");
  const opened = openDatabase({ file });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    file,
    async close() {
      await opened.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A hand-made TextScore: countries as [iso2, confidence], signals as [indicator, weight]. */
export function makeScore(
  countries: [string, number][],
  signals: [string, number][],
  severity = 50,
): TextScore {
  const byFactor = new Map<number, number>();
  for (const [indicator, weight] of signals) {
    const factor = Number.parseInt(indicator, 10);
    // Noisy-or, as the scorer combines indicators into a factor.
    byFactor.set(factor, 1 - (1 - (byFactor.get(factor) ?? 0)) * (1 - weight));
  }
  return {
    lang: "en",
    countries: countries.map(([iso2, confidence]) => ({ iso2, confidence, evidence: [] })),
    signals: signals.map(([indicator, weight]) => ({
      indicator,
      riskFactor: Number.parseInt(indicator, 10),
      weight,
      evidence: [
        { field: "title", start: 0, end: 5, text: "kill", term: "kill", lang: "en", weight, modifiers: [] },
      ],
    })),
    riskFactors: [...byFactor].map(([id, weight]) => ({ id, weight: Math.round(weight * 1000) / 1000 })),
    suppressed: [],
    severity,
    version: "test",
  };
}

/** Creates a news feed and returns its id. */
export async function addSource(opened: VigilDatabase, name: string, reliability = 0.8): Promise<number> {
  const feed = await createFeed(opened.db, {
    feed: {
      name,
      url: `https://${name.toLowerCase().replace(/\W+/g, "-")}.example/feed`,
      lang: "en",
      reliability,
    },
    now: new Date("2026-01-01T00:00:00Z"),
  });
  return feed.id;
}

/** A small country list standing in for the gazetteer. */
export const TEST_COUNTRIES: readonly CountryRef[] = [
  { iso2: "ML", name: "Mali", region: "Africa" },
  { iso2: "SD", name: "Sudan", region: "Africa" },
  { iso2: "ET", name: "Ethiopia", region: "Africa" },
  { iso2: "MM", name: "Myanmar", region: "Asia" },
  { iso2: "IN", name: "India", region: "Asia" },
  { iso2: "FR", name: "France", region: "Europe" },
];
