import type { TextScore } from "@vigil/scoring";
import { dayStartIso } from "./days.ts";
import type { StoreScoredItemsOptions } from "./queries/store-items.ts";

/** Options for syntheticItems. */
export interface SyntheticOptions {
  seed: number;
  /** Stories to invent; each is run by one to four sources. */
  stories: number;
  /** Source ids to spread stories over. */
  sourceIds: readonly number[];
  countries: readonly string[];
  firstDay: number;
  days: number;
}

type Item = StoreScoredItemsOptions["items"][number];

const INDICATORS = ["1.1", "2.3", "3.2", "7.4", "8.8", "9.1", "10.2", "11.3", "13.1", "13.4", "14.2"];

/**
 * A reproducible dataset for tests and benchmarks: stories about several countries with signals,
 * re-run by other sources with small edits one or two days later (so clusters form and grow), plus
 * coverage-only items. Titles are words of a made-up vocabulary, so different stories never cluster.
 */
export function syntheticItems(options: SyntheticOptions): Map<number, Item[]> {
  let state = options.seed >>> 0;
  // mulberry32: small, fast and well mixed, so made-up words rarely repeat by accident.
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const word = () => `w${Math.floor(random() * 1_000_000).toString(36)}`;
  const bySource = new Map<number, Item[]>(options.sourceIds.map((id) => [id, []]));
  for (let story = 0; story < options.stories; story++) {
    const words = Array.from({ length: 9 }, word);
    const day = options.firstDay + Math.floor(random() * options.days);
    const country = pick(options.countries);
    const second = random() < 0.2 ? pick(options.countries) : null;
    const hasSignals = random() < 0.7;
    const signals: [string, number][] = hasSignals
      ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => [pick(INDICATORS), 0.2 + random() * 0.8])
      : [];
    const runs = 1 + Math.floor(random() * random() * 4);
    const sources = [...options.sourceIds].sort(() => random() - 0.5).slice(0, runs);
    sources.forEach((sourceId, run) => {
      const title = [...words];
      if (run > 0) title[Math.floor(random() * title.length)] = word();
      const published = dayStartIso(day + (run === 0 ? 0 : Math.floor(random() * 3))).replace(
        "T00:00",
        `T${10 + run}:00`,
      );
      const countries: [string, number][] = [[country, 0.5 + random() * 0.5]];
      if (second && second !== country) countries.push([second, 0.3 + random() * 0.4]);
      bySource.get(sourceId)?.push({
        guid: `story-${story}-run-${run}`,
        url: `https://example.org/${story}/${run}`,
        title: title.join(" "),
        summary: "",
        publishedAt: random() < 0.02 ? null : published,
        lang: "en",
        score: syntheticScore(
          countries,
          signals.map(([indicator, weight]) => [indicator, weight * (0.7 + random() * 0.3)]),
        ),
      });
    });
  }
  return bySource;
}

/** A TextScore from countries and signals, de-duplicated as the scorer would. */
export function syntheticScore(countries: [string, number][], signals: [string, number][]): TextScore {
  const byIndicator = new Map<string, number>();
  for (const [indicator, weight] of signals)
    byIndicator.set(indicator, Math.max(byIndicator.get(indicator) ?? 0, weight));
  const byFactor = new Map<number, number>();
  for (const [indicator, weight] of byIndicator) {
    const factor = Number.parseInt(indicator, 10);
    byFactor.set(factor, 1 - (1 - (byFactor.get(factor) ?? 0)) * (1 - weight));
  }
  return {
    lang: "en",
    countries: countries.map(([iso2, confidence]) => ({ iso2, confidence, evidence: [] })),
    signals: [...byIndicator].map(([indicator, weight]) => ({
      indicator,
      riskFactor: Number.parseInt(indicator, 10),
      weight,
      evidence: [],
    })),
    riskFactors: [...byFactor].map(([id, weight]) => ({ id, weight })),
    suppressed: [],
    severity: Math.round(100 * Math.max(0, ...byFactor.values())),
    version: "synthetic",
  };
}
