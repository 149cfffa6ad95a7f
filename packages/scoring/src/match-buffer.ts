/**
 * Matches as parallel arrays, ordered by first token then length: the trie node each ends at and that
 * node's tag bits. A scorer scans a text once and every reader picks the matches carrying its bits.
 */
export class MatchBuffer {
  count = 0;
  /** The tag bits of every match, or'ed: a reader whose bits are absent skips the text. */
  tagUnion = 0;
  firsts = new Int32Array(64);
  lasts = new Int32Array(64);
  nodes = new Int32Array(64);
  tags = new Int32Array(64);

  push(first: number, last: number, node: number, tags: number): void {
    if (this.count === this.firsts.length) this.grow();
    const at = this.count++;
    this.firsts[at] = first;
    this.lasts[at] = last;
    this.nodes[at] = node;
    this.tags[at] = tags;
    this.tagUnion |= tags;
  }

  private grow(): void {
    const size = this.firsts.length * 2;
    const grown = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.firsts = grown(this.firsts);
    this.lasts = grown(this.lasts);
    this.nodes = grown(this.nodes);
    this.tags = grown(this.tags);
  }
}

/**
 * Drops matches that lie strictly inside a longer match, so "South Sudan" hides its "Sudan": of the matches
 * at positions `candidates[0, count)` of `hits` (in buffer order), keeps in place the positions of those no
 * other candidate contains and returns how many. One linear sweep, no allocation.
 */
export function keepLongest(hits: MatchBuffer, candidates: Int32Array, count: number): number {
  let kept = 0;
  let furthestEarlierLast = -1;
  // Matches of one first token are adjacent and grow in length, so a group's last one is its longest.
  for (let index = 0; index < count; index++) {
    const at = candidates[index] as number;
    const next = index + 1 < count ? (candidates[index + 1] as number) : -1;
    if (next >= 0 && hits.firsts[next] === hits.firsts[at]) continue;
    const last = hits.lasts[at] as number;
    if (last > furthestEarlierLast) candidates[kept++] = at;
    furthestEarlierLast = Math.max(furthestEarlierLast, last);
  }
  return kept;
}

/** Sets array[from, to) to value: a loop, since the ranges are a few tokens and a builtin call costs more. */
export function fillRange(array: Uint8Array, from: number, to: number, value: number): void {
  for (let i = from; i < to; i++) array[i] = value;
}
