import { factorScore, round3, spikeDays } from "@vigil/scoring";
import { type Kysely, sql } from "kysely";
import type { Viewer } from "../alerts/viewer.ts";
import { type CountryRef, gazetteerCountries } from "../countries.ts";
import { type Database, RISK_FACTOR_IDS, type SourceType } from "../database.ts";
import { isoDateOfDay } from "../days.ts";
import { NotFoundError } from "../errors.ts";
import type { CountryDetail } from "../schemas/country-detail.ts";
import { topEvidence } from "./detail-evidence.ts";
import { emptySums, evidenceSums } from "./evidence-sums.ts";
import { type EvidenceQuery, planWindow, sourceTypesOf, type WindowPlan } from "./evidence-window.ts";
import { explanationOf, whyOf } from "./explain-situation.ts";
import { factorScoresOf, situationOf } from "./situation.ts";

/** Options for countryDetail; CountryDetailInputSchema parses to these (less `asOf` and `countries`). */
export interface CountryDetailOptions {
  iso2: string;
  windowDays: number;
  asOf: Date;
  riskFactors?: readonly number[];
  indicators?: readonly string[];
  sourceTypes?: readonly SourceType[];
  countries?: readonly CountryRef[];
  /** Who asks: field alerts among the evidence are redacted for them. Null or absent: as for anyone. */
  viewer?: Viewer | null;
}

/** One country's situation with its factor breakdown, daily series, top evidence and explanation. */
export async function countryDetail(
  db: Kysely<Database>,
  options: CountryDetailOptions,
): Promise<CountryDetail> {
  const iso2 = options.iso2.toUpperCase();
  const country = (options.countries ?? gazetteerCountries()).find((entry) => entry.iso2 === iso2);
  if (!country) throw new NotFoundError("country", "code", options.iso2);
  const query: EvidenceQuery & { iso2: string } = { ...options, iso2, iso2s: [iso2] };
  const plan = planWindow(options.windowDays, options.asOf);
  const sums = (await evidenceSums(db, query)).get(iso2) ?? emptySums(plan);
  const situation = situationOf(country, sums);
  const series = await factorSeries(db, query, plan);
  const { top, strongestByFactor } = await topEvidence(db, query, plan, options.viewer ?? null);
  const previousScores = factorScoresOf(sums, "previous");
  const currentScores = factorScoresOf(sums, "current");
  const factors = [...sums.factors]
    .filter(([id]) => id in currentScores)
    .map(([id, factor]) => {
      const strongest = strongestByFactor.get(id);
      return {
        id,
        score: factorScore(factor.current),
        evidence: round3(factor.current),
        clusters: factor.clusters,
        previousScore: previousScores[id] ?? null,
        series: markSeries(series.get(id) ?? new Array(plan.windowDays).fill(0), plan),
        strongest: strongest
          ? {
              itemId: strongest.itemId,
              title: strongest.title,
              sourceName: strongest.sourceName,
              reliability: strongest.reliability,
              sourceCount: strongest.sourceCount,
              contribution: strongest.contribution,
              alert: strongest.alert,
            }
          : null,
      };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);
  return {
    situation,
    factors,
    series: markSeries(sums.daily, plan),
    topEvidence: top,
    explanation: explanationOf(situation, factors, plan, options.asOf),
    why: whyOf(
      country,
      situation,
      factors,
      plan,
      top.filter((entry) => entry.alert?.verification === "unverified").length,
    ),
  };
}

/** Undecayed evidence per factor and day of the current window, oldest first. */
async function factorSeries(db: Kysely<Database>, query: EvidenceQuery & { iso2: string }, plan: WindowPlan) {
  const factors = query.riskFactors
    ? RISK_FACTOR_IDS.filter((id) => query.riskFactors?.includes(id))
    : RISK_FACTOR_IDS;
  const where = sql`d.iso2 = ${query.iso2} and d.day between ${plan.currentStart} and ${plan.asOfDay}
    and d.source_type in (${sql.join(sourceTypesOf(query))})`;
  const rows: { risk_factor: number; day: number; evidence: number }[] = [];
  if (query.indicators) {
    const result = await sql<{ risk_factor: number; day: number; evidence: number }>`
      select d.risk_factor as risk_factor, d.day as day, sum(d.evidence) as evidence from country_indicator_daily d
      where ${where} and d.indicator in (${sql.join([...query.indicators])}) and d.risk_factor in (${sql.join([...factors])})
      group by d.risk_factor, d.day`.execute(db);
    rows.push(...result.rows);
  } else {
    const columns = factors.map(
      (factor) => sql`sum(${sql.ref(`d.evidence_${factor}`)}) as ${sql.ref(`evidence_${factor}`)}`,
    );
    const result = await sql<Record<string, number>>`
      select d.day as day, ${sql.join(columns)} from country_daily d where ${where} group by d.day`.execute(
      db,
    );
    for (const row of result.rows) {
      for (const factor of factors) {
        const evidence = row[`evidence_${factor}`] ?? 0;
        if (evidence > 0) rows.push({ risk_factor: factor, day: row.day ?? 0, evidence });
      }
    }
  }
  const series = new Map<number, number[]>();
  for (const row of rows) {
    const days = series.get(row.risk_factor) ?? new Array<number>(plan.windowDays).fill(0);
    days[row.day - plan.currentStart] = row.evidence;
    series.set(row.risk_factor, days);
  }
  return series;
}

function markSeries(daily: readonly number[], plan: WindowPlan): CountryDetail["series"] {
  const spikes = new Set(spikeDays(daily));
  const weights = plan.days.filter((row) => row.day >= plan.currentStart);
  return daily.map((evidence, index) => ({
    day: isoDateOfDay(plan.currentStart + index),
    evidence: round3(evidence),
    decayed: round3(evidence * (weights[index]?.current ?? 0)),
    isSpike: spikes.has(index),
  }));
}
