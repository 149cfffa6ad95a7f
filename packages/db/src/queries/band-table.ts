/**
 * A multimap from LSH band key (int32) to cluster slots (non-negative int32), in typed arrays: open
 * addressing with linear probing, each key's slots a linked list of postings. A Map of arrays cost a
 * hash, a bucket, an entry, an array and its elements per probe, most of them cache misses at 170k keys,
 * plus an array per key for the collector; here a probe touches one pair of ints and a posting another.
 * Band keys come out of a mixer (fingerprintBands), so their low bits index the table directly.
 */
export class BandTable {
  /** Pairs (key, first posting + 1); a 0 second half marks an empty slot. */
  private slots = new Int32Array(2 * 1024);
  private mask = 1023;
  private keyCount = 0;
  /**
   * Triples (cluster slot, next posting + 1, cluster day), the newest of a key first. The day rides in
   * the posting: most postings an item meets are outside its day window, and reading the day from the
   * cluster's own arrays cost a second cache miss per posting (~80 postings per lookup).
   */
  private postings = new Int32Array(3 * 1024);
  private postingCount = 0;

  /** Adds `cluster` (whose day is `day`) under `key`. */
  add(key: number, cluster: number, day: number): void {
    // At most half full, so a probe for a missing key ends within a few slots.
    if (2 * (this.keyCount + 1) > this.mask + 1) this.rehash(2 * (this.mask + 1));
    const at = this.slotOf(key);
    if (this.slots[at + 1] === 0) {
      this.slots[at] = key;
      this.keyCount++;
    }
    if (3 * (this.postingCount + 1) > this.postings.length) {
      const postings = new Int32Array(2 * this.postings.length);
      postings.set(this.postings);
      this.postings = postings;
    }
    const posting = this.postingCount++;
    this.postings[3 * posting] = cluster;
    this.postings[3 * posting + 1] = this.slots[at + 1] as number;
    this.postings[3 * posting + 2] = day;
    this.slots[at + 1] = posting + 1;
  }

  /** The first posting of `key` as a cursor for clusterAt/nextOf; 0 when it has none. */
  first(key: number): number {
    return this.slots[this.slotOf(key) + 1] as number;
  }

  /** The cluster slot a cursor points at. */
  clusterAt(cursor: number): number {
    return this.postings[3 * (cursor - 1)] as number;
  }

  /** The day of the cluster a cursor points at, as given to add. */
  dayAt(cursor: number): number {
    return this.postings[3 * (cursor - 1) + 2] as number;
  }

  /** The cursor after `cursor`; 0 past the last. */
  nextOf(cursor: number): number {
    return this.postings[3 * (cursor - 1) + 1] as number;
  }

  /** Index in `slots` of `key`'s pair, or of the empty pair where it would go. */
  private slotOf(key: number): number {
    const { slots, mask } = this;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      if (slots[2 * slot + 1] === 0 || slots[2 * slot] === key) return 2 * slot;
    }
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      const to = this.slotOf(old[at] as number);
      this.slots[to] = old[at] as number;
      this.slots[to + 1] = old[at + 1] as number;
    }
  }
}
