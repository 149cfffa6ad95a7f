import type { MatchBuffer } from "./match-buffer.ts";
import type { TokenizedText } from "./tokenize.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Ints per edge slot. */
const EDGE = 4;
/** Node bit: some phrase continues past this node. Kept beside the tags, so a leaf costs one read. */
const HAS_CHILDREN = 1 << 30;
/** Tags take the low bits of a node's int; the bits between them and HAS_CHILDREN sign the node's child words. */
const MAX_TAG_BITS = 18;
const TAG_BITS = (1 << MAX_TAG_BITS) - 1;
const SIGNATURE_BITS = 30 - MAX_TAG_BITS;

/**
 * A child word's bit in its parent's signature. A walk reads the next word's bit before probing the edge
 * table: most probes would miss, and each is a read at a random place in a large table.
 */
function childBit(word: number): number {
  return 1 << (MAX_TAG_BITS + (word % SIGNATURE_BITS));
}

/**
 * A token trie over a shared vocabulary: phrases are sequences of word ids, so word boundaries hold by
 * construction. Matching starts a walk at every token and stops at the first missing edge, so its cost is
 * at most tokens × longest phrase: linear in the length of the text. The first step, taken for every token,
 * is a typed-array read; deeper edges live in an open-addressing table keyed by (node, word).
 * Each phrase's end node carries tag bits saying whose phrases end there, so one trie serves all readers.
 */
export class PhraseIndex {
  // Per word: the root's child for it and a copy of that child's tags, side by side, so the first step of a
  // walk, taken at every token, reads one cache line.
  private roots = new Int32Array(2 * 1024);
  // Open addressing with (node, word, child, unused) side by side, so a probe touches one cache line;
  // child 0 marks an empty slot (the root is never a child). `reserve` sizes it once for a known load.
  private edges = new Int32Array(EDGE * 1024);
  private edgeCapacity = 1024;
  private edgeCount = 0;
  /** Tag bits per node (0 where no phrase ends), and HAS_CHILDREN. */
  private nodeTags = new Int32Array(1024);
  /** Nodes so far, the root included: node numbers are below it. */
  nodeCount = 1;
  /** Words in the longest phrase. */
  longest = 0;
  /** Trie steps taken by the last `scan` call: the unit of work that tests check grows linearly. */
  lastMatchSteps = 0;

  constructor(private readonly vocabulary: Vocabulary) {}

  /**
   * Sizes the tables for about this many phrases, so building doesn't rehash the edges or copy the node
   * tags as they fill: a phrase adds at most a few nodes, and most add one edge or none past the root
   * (the shipped data: about one edge per three phrases). The edge table stays under half full, and no
   * larger: scanning probes it at random, and a smaller table stays in the processor's cache.
   */
  reserve(phrases: number): void {
    this.vocabulary.reserve(phrases);
    let capacity = this.edgeCapacity;
    while (capacity < phrases) capacity *= 2;
    if (capacity !== this.edgeCapacity) {
      const old = this.edges;
      this.edgeCapacity = capacity;
      this.edges = new Int32Array(capacity * EDGE);
      this.rehashEdges(old);
    }
    if (this.nodeTags.length < phrases * 2) this.nodeTags = grown(this.nodeTags, phrases * 2);
  }

  /** Adds a phrase with a non-zero tag of at most MAX_TAG_BITS bits; returns its end node, or 0 when it has no word tokens. */
  add(phrase: string, tag: number): number {
    if (tag <= 0 || tag > TAG_BITS)
      throw new Error(`A phrase tag is a non-zero number of ${MAX_TAG_BITS} bits`);
    const words = this.vocabulary.addWords(phrase);
    if (words === 0) return 0;
    const ids = this.vocabulary.wordIds;
    let node = 0;
    for (let k = 0; k < words; k++) {
      const word = ids[k] as number;
      let child = this.child(node, word);
      if (child === 0) {
        child = this.nodeCount++;
        if (child >= this.nodeTags.length) this.nodeTags = grown(this.nodeTags, child + 1);
        this.setChild(node, word, child);
        this.nodeTags[node] = (this.nodeTags[node] as number) | HAS_CHILDREN | childBit(word);
      }
      node = child;
    }
    this.nodeTags[node] = (this.nodeTags[node] as number) | (tag & TAG_BITS);
    // Adding a phrase changes at most the tags of its first word's node among the root's children.
    const first = ids[0] as number;
    this.roots[2 * first + 1] = this.nodeTags[this.roots[2 * first] as number] as number;
    this.longest = Math.max(this.longest, words);
    return node;
  }

  /** Writes every phrase occurrence into `out` (cleared first), ordered by first token then length. */
  scan(tokens: TokenizedText, out: MatchBuffer): void {
    out.count = 0;
    out.tagUnion = 0;
    const { ids, count } = tokens;
    const roots = this.roots;
    const nodeTags = this.nodeTags;
    const longest = this.longest;
    let steps = 0;
    for (let first = 0; first < count; first++) {
      const word = ids[first] as number;
      steps++;
      if (word < 0 || 2 * word >= roots.length) continue;
      let node = roots[2 * word] as number;
      if (node === 0) continue;
      let bits = roots[2 * word + 1] as number;
      const stop = Math.min(count, first + longest);
      for (let last = first; ; ) {
        const tags = bits & TAG_BITS;
        if (tags !== 0) out.push(first, last, node, tags);
        last++;
        // Most phrases end where they stop: a leaf needs no probe for the next word.
        if (last >= stop || (bits & HAS_CHILDREN) === 0) break;
        const next = ids[last] as number;
        if (next < 0) break;
        steps++;
        if ((bits & childBit(next)) === 0) break;
        node = this.child(node, next);
        if (node === 0) break;
        bits = nodeTags[node] as number;
      }
    }
    this.lastMatchSteps = steps;
  }

  private child(node: number, word: number): number {
    if (node === 0) return 2 * word < this.roots.length ? (this.roots[2 * word] as number) : 0;
    const edges = this.edges;
    const mask = this.edgeCapacity - 1;
    for (let slot = edgeHash(node, word) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * EDGE;
      const child = edges[at + 2] as number;
      if (child === 0) return 0;
      if (edges[at] === node && edges[at + 1] === word) return child;
    }
  }

  private setChild(node: number, word: number, child: number): void {
    if (node === 0) {
      if (2 * word >= this.roots.length) this.roots = grown(this.roots, 2 * word + 2);
      this.roots[2 * word] = child;
      return;
    }
    if ((this.edgeCount + 1) * 2 > this.edgeCapacity) this.growEdges();
    this.placeEdge(node, word, child);
    this.edgeCount++;
  }

  private placeEdge(node: number, word: number, child: number): void {
    const mask = this.edgeCapacity - 1;
    let slot = edgeHash(node, word) & mask;
    while (this.edges[slot * EDGE + 2] !== 0) slot = (slot + 1) & mask;
    const at = slot * EDGE;
    this.edges[at] = node;
    this.edges[at + 1] = word;
    this.edges[at + 2] = child;
  }

  private growEdges(): void {
    const old = this.edges;
    this.edgeCapacity *= 2;
    this.edges = new Int32Array(this.edgeCapacity * EDGE);
    this.rehashEdges(old);
  }

  private rehashEdges(old: Int32Array): void {
    for (let at = 0; at < old.length; at += EDGE) {
      if (old[at + 2] !== 0) this.placeEdge(old[at] as number, old[at + 1] as number, old[at + 2] as number);
    }
  }
}

function grown(array: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}

function edgeHash(node: number, word: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
}
