/**
 * A map from whole numbers (|n| < 2^53, such as numeric-keys.ts keys) to small non-negative integers,
 * emptied by reset() in constant time and allocating nothing once grown. The ingest hot path keys a
 * few dozen entries per stored item; a Map per call cost its table allocations and rehashes (~4% of
 * the storing thread). Open addressing with linear probing; a slot is live when its stamp is current.
 */
export class NumberSlots {
  private keys = new Float64Array(64);
  private values = new Int32Array(64);
  private stamps = new Int32Array(64);
  private stamp = 1;
  private count = 0;
  /** 32 − log2(capacity): the hash's top bits pick the slot. */
  private shift = 26;

  /** Forgets every entry. */
  reset(): void {
    this.count = 0;
    this.stamp++;
    if (this.stamp === 0x7fff_ffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** The value set for `key`, or −1. */
  get(key: number): number {
    const { keys, stamps, stamp } = this;
    const mask = keys.length - 1;
    for (let at = slotOf(key, this.shift); stamps[at] === stamp; at = (at + 1) & mask) {
      if (keys[at] === key) return this.values[at] as number;
    }
    return -1;
  }

  /** Sets `key` to `value` (≥ 0). */
  set(key: number, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const { keys, stamps, stamp } = this;
    const mask = keys.length - 1;
    let at = slotOf(key, this.shift);
    for (; stamps[at] === stamp; at = (at + 1) & mask) {
      if (keys[at] === key) {
        this.values[at] = value;
        return;
      }
    }
    stamps[at] = stamp;
    keys[at] = key;
    this.values[at] = value;
    this.count++;
  }

  /** Whether `key` has a value. */
  has(key: number): boolean {
    return this.get(key) >= 0;
  }

  /** Gives `key` a value (0) if it has none: NumberSlots as a set. */
  add(key: number): void {
    if (!this.has(key)) this.set(key, 0);
  }

  private grow(): void {
    const { keys, values, stamps, stamp } = this;
    const capacity = 2 * keys.length;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
    this.stamps = new Int32Array(capacity);
    this.stamp = 1;
    this.count = 0;
    this.shift--;
    for (let at = 0; at < keys.length; at++) {
      if (stamps[at] === stamp) this.set(keys[at] as number, values[at] as number);
    }
  }
}

/** Fibonacci hashing of the key's low and high 32 bits. */
function slotOf(key: number, shift: number): number {
  const high = (key / 0x1_0000_0000) | 0;
  return Math.imul((key | 0) ^ Math.imul(high, 0x27d4_eb2d), 0x9e37_79b1) >>> shift;
}
