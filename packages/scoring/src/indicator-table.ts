import { riskFactorOf } from "./combine.ts";

/**
 * The indicator ids a scorer's lexicons use, numbered at build time with what combining needs worked out
 * once: grouping signals then indexes an array instead of hashing a string per signal.
 */
export class IndicatorTable {
  readonly ids: string[] = [];
  readonly riskFactors: number[] = [];
  private readonly factorKeys: number[] = [];
  private readonly indexKeys: number[] = [];
  private readonly numbers = new Map<string, number>();
  private groups = new Int32Array(0);

  /** The number of an indicator id, adding it when new. */
  indexOf(id: string): number {
    const known = this.numbers.get(id);
    if (known !== undefined) return known;
    const index = this.ids.length;
    this.numbers.set(id, index);
    this.ids.push(id);
    this.riskFactors.push(riskFactorOf(id));
    const [factor = 0, position = 0] = id.split(".").map(Number);
    this.factorKeys.push(factor);
    this.indexKeys.push(position);
    return index;
  }

  /** -1 per indicator, for grouping one text's signals; whoever sets an entry resets it to -1 after. */
  groupScratch(): Int32Array {
    if (this.groups.length !== this.ids.length) this.groups = new Int32Array(this.ids.length).fill(-1);
    return this.groups;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Orders "1.2" before "1.10" and "2.1": by risk factor, then by number within it. */
  compare(a: number, b: number): number {
    return (
      (this.factorKeys[a] as number) - (this.factorKeys[b] as number) ||
      (this.indexKeys[a] as number) - (this.indexKeys[b] as number)
    );
  }
}
