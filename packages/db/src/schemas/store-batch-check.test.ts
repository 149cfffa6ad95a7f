import { fingerprintBands, getDefaultScorer, storyFingerprint } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import { StoreScoredItemsSchema } from "../queries/store-items.ts";
import { type CheckedStoreBatch, checkStoreBatch } from "./store-batch-check.ts";

const TEXTS = [
  "Militia attack on a village in Darfur kills 12 civilians, witnesses in Sudan say",
  "Journalists detained in Myanmar as curfew declared in Yangon",
];

function validBatch() {
  const scorer = getDefaultScorer();
  return {
    sourceId: 3,
    sourceType: "news",
    reliability: 0.8,
    now: new Date("2026-03-01T12:00:00Z"),
    items: TEXTS.map((title, index) => {
      const fingerprint = storyFingerprint(title);
      return {
        guid: `g${index}`,
        url: index === 0 ? "https://example.org/a" : null,
        title,
        summary: "",
        publishedAt: index === 0 ? "2026-02-28T08:00:00Z" : null,
        lang: index === 0 ? "en" : undefined,
        score: scorer.scoreText({ title, text: "" }),
        story: { fingerprint, bands: fingerprintBands(fingerprint) },
      };
    }),
  };
}

/** validBatch with its evidence as JSON text, as the import's worker sends it. */
function encodedBatch() {
  const batch = validBatch();
  return {
    ...batch,
    items: batch.items.map((item) => ({
      ...item,
      score: {
        ...item.score,
        countries: item.score.countries.map((country) => ({
          ...country,
          evidence: JSON.stringify(country.evidence),
        })),
        signals: item.score.signals.map((signal) => ({
          ...signal,
          evidence: JSON.stringify(signal.evidence),
        })),
      },
    })),
  };
}

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  1,
  -1,
  0.5,
  1.5,
  2,
  14,
  15,
  100,
  101,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  2 ** 32,
  "",
  "x",
  "US",
  "us",
  "8.8",
  "1.1",
  "99.9",
  "2026-03-01T12:00:00Z",
  "2026-03-01",
  "deadbeef",
  "DEADBEEF",
  "a".repeat(2049),
  "[",
  "[]",
  '["x"]',
  "{}",
  [],
  [1],
  {},
  new Date(0),
  new Date(Number.NaN),
];

/** Every path into the batch: object keys and array indexes, interior nodes included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null || value instanceof Date) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

function variant(base: unknown, path: (string | number)[], change: (parent: any, key: any) => void) {
  const copy = structuredClone(base);
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  change(parent, path.at(-1));
  return copy;
}

/** What the store reads of a parsed batch. */
function storeView(batch: CheckedStoreBatch) {
  return {
    ...batch,
    now: batch.now.getTime(),
    items: batch.items.map((item) => ({
      ...item,
      lang: item.lang ?? null,
      publishedAt: item.publishedAt?.getTime() ?? null,
      score: {
        lang: item.score.lang,
        countries: item.score.countries.map(({ iso2, confidence, evidence }) => ({
          iso2,
          confidence,
          evidence,
        })),
        signals: item.score.signals.map(({ indicator, riskFactor, weight, evidence }) => ({
          indicator,
          riskFactor,
          weight,
          evidence,
        })),
        riskFactors: item.score.riskFactors.map(({ id, weight }) => ({ id, weight })),
        severity: item.score.severity,
        version: item.score.version,
      },
    })),
  };
}

describe("checkStoreBatch", () => {
  it("accepts a real batch, evidence as arrays or as JSON text, and reads it as the schema does", () => {
    for (const batch of [validBatch(), encodedBatch()]) {
      const checked = checkStoreBatch(batch);
      expect(checked).toBeDefined();
      expect(batch.items[0]?.score.signals.length).toBeGreaterThan(0);
      expect(storeView(checked as CheckedStoreBatch)).toEqual(storeView(StoreScoredItemsSchema.parse(batch)));
    }
  });

  it("accepts nothing the schema refuses, over every field changed, removed or duplicated", () => {
    const variants: unknown[] = [];
    for (const base of [validBatch(), encodedBatch()])
      for (const path of pathsOf(base)) {
        for (const odd of ODD_VALUES)
          variants.push(variant(base, path, (parent, key) => (parent[key] = odd)));
        variants.push(variant(base, path, (parent, key) => delete parent[key]));
        variants.push(
          variant(
            base,
            path,
            (parent, key) => Array.isArray(parent) && parent.push(structuredClone(parent[key])),
          ),
        );
      }
    let refused = 0;
    for (const each of variants) {
      const fromSchema = StoreScoredItemsSchema.safeParse(each);
      const checked = checkStoreBatch(each);
      if (!fromSchema.success) refused++;
      if (checked === undefined) continue;
      expect(fromSchema.success).toBe(true);
      expect(storeView(checked)).toEqual(storeView(fromSchema.data as CheckedStoreBatch));
    }
    // The variants do reach the schema's every rule, so the comparison means something.
    expect(variants.length).toBeGreaterThan(6000);
    expect(refused).toBeGreaterThan(variants.length / 2);
  });
});
