import { RISK_FACTOR_IDS } from "../database.ts";
import {
  type CountryDayBlock,
  type DaySpan,
  FACTOR_COUNT,
  type IndicatorDayBlock,
  ROW_WIDTH,
} from "./country-day-cache.ts";
import type { CountrySums, FactorSums } from "./evidence-sums.ts";
import { type EvidenceQuery, sourceTypesOf, type WindowPlan } from "./evidence-window.ts";

// Cells per country: factor ids are 1…14, cell 0 is unused.
const CELLS = FACTOR_COUNT + 1;

/**
 * The sums of one evidence query in flat typed arrays, one slot per asked country and one cell per
 * (slot, factor): the map's hot loop touches no object and allocates nothing. Rows are added in day
 * order, so each sum adds up in the same order as the per-day rows it comes from.
 */
export class EvidenceAccumulators {
  /** Per interned country: its slot, or −1 when not asked. */
  private readonly slotOf: Int32Array;
  private readonly sourceTypeWanted: Uint8Array;
  /** Indexed by factor id. */
  private readonly factorWanted = new Uint8Array(CELLS);
  private readonly iso2s: readonly string[];
  private readonly windowDays: number;
  private readonly isTouched: Uint8Array;
  private readonly hasFactor: Uint8Array;
  private readonly current: Float64Array;
  private readonly previous: Float64Array;
  private readonly clusters: Float64Array;
  private readonly coverage: Float64Array;
  private readonly previousCoverage: Float64Array;
  private readonly daily: Float64Array;

  constructor(span: DaySpan, query: EvidenceQuery, plan: WindowPlan) {
    this.iso2s = [...new Set(query.iso2s)];
    this.windowDays = plan.windowDays;
    const slots = new Map(this.iso2s.map((iso2, slot) => [iso2, slot]));
    this.slotOf = Int32Array.from(span.countries, (iso2) => slots.get(iso2) ?? -1);
    const sourceTypes = new Set<string>(sourceTypesOf(query));
    this.sourceTypeWanted = Uint8Array.from(span.sourceTypes, (type) => (sourceTypes.has(type) ? 1 : 0));
    for (const id of RISK_FACTOR_IDS) {
      if (!query.riskFactors || query.riskFactors.includes(id)) this.factorWanted[id] = 1;
    }
    const countries = this.iso2s.length;
    this.isTouched = new Uint8Array(countries);
    this.hasFactor = new Uint8Array(countries * CELLS);
    this.current = new Float64Array(countries * CELLS);
    this.previous = new Float64Array(countries * CELLS);
    this.clusters = new Float64Array(countries * CELLS);
    this.coverage = new Float64Array(countries);
    this.previousCoverage = new Float64Array(countries);
    this.daily = new Float64Array(countries * plan.windowDays);
  }

  /** Adds a day of country_daily: coverage always, factor evidence when `withFactors`. */
  addCountryDay(
    block: CountryDayBlock,
    weight: number,
    isCurrent: boolean,
    dayIndex: number,
    withFactors: boolean,
  ): void {
    const { slotOf, sourceTypeWanted, factorWanted, isTouched, hasFactor, daily } = this;
    const sums = isCurrent ? this.current : this.previous;
    const coverage = isCurrent ? this.coverage : this.previousCoverage;
    const { clusters, windowDays } = this;
    const { country, sourceType, values, count } = block;
    for (let row = 0; row < count; row++) {
      const slot = slotOf[country[row] as number] as number;
      if (slot < 0 || sourceTypeWanted[sourceType[row] as number] !== 1) continue;
      const base = row * ROW_WIDTH;
      isTouched[slot] = 1;
      coverage[slot] = (coverage[slot] as number) + (values[base] as number);
      if (!withFactors) continue;
      let total = 0;
      for (let factor = 1; factor <= FACTOR_COUNT; factor++) {
        const evidence = values[base + factor] as number;
        if (evidence === 0 || factorWanted[factor] !== 1) continue;
        const cell = slot * CELLS + factor;
        hasFactor[cell] = 1;
        sums[cell] = (sums[cell] as number) + evidence * weight;
        if (isCurrent)
          clusters[cell] = (clusters[cell] as number) + (values[base + FACTOR_COUNT + factor] as number);
        total += evidence;
      }
      if (isCurrent) {
        const at = slot * windowDays + dayIndex;
        daily[at] = (daily[at] as number) + total;
      }
    }
  }

  /** Adds a day of one indicator's country_indicator_daily rows. */
  addIndicatorDay(block: IndicatorDayBlock, weight: number, isCurrent: boolean, dayIndex: number): void {
    const { slotOf, sourceTypeWanted, factorWanted, isTouched, hasFactor, daily, clusters, windowDays } =
      this;
    const sums = isCurrent ? this.current : this.previous;
    for (let row = 0; row < block.count; row++) {
      const slot = slotOf[block.country[row] as number] as number;
      const factor = block.riskFactor[row] as number;
      if (slot < 0 || sourceTypeWanted[block.sourceType[row] as number] !== 1 || factorWanted[factor] !== 1)
        continue;
      const evidence = block.evidence[row] as number;
      const cell = slot * CELLS + factor;
      isTouched[slot] = 1;
      hasFactor[cell] = 1;
      sums[cell] = (sums[cell] as number) + evidence * weight;
      if (isCurrent) {
        clusters[cell] = (clusters[cell] as number) + (block.clusters[row] as number);
        const at = slot * windowDays + dayIndex;
        daily[at] = (daily[at] as number) + evidence;
      }
    }
  }

  /** The sums of every asked country with a row in the span. */
  toSums(): Map<string, CountrySums> {
    const sums = new Map<string, CountrySums>();
    this.iso2s.forEach((iso2, slot) => {
      if (this.isTouched[slot] !== 1) return;
      const factors = new Map<number, FactorSums>();
      for (let factor = 1; factor <= FACTOR_COUNT; factor++) {
        const cell = slot * CELLS + factor;
        if (this.hasFactor[cell] !== 1) continue;
        factors.set(factor, {
          current: this.current[cell] as number,
          previous: this.previous[cell] as number,
          clusters: this.clusters[cell] as number,
        });
      }
      const start = slot * this.windowDays;
      sums.set(iso2, {
        factors,
        coverage: this.coverage[slot] as number,
        previousCoverage: this.previousCoverage[slot] as number,
        daily: Array.from(this.daily.subarray(start, start + this.windowDays)),
      });
    });
    return sums;
  }
}
