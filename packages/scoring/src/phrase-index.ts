import { foldTokens } from "./fold.ts";

/** A phrase match over tokens `[first, last]`, inclusive, carrying every payload stored for the phrase. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  payloads: readonly T[];
}

/**
 * A token trie: phrases are sequences of folded word tokens, so word boundaries hold by construction.
 * Matching starts a walk at every token and stops at the first missing edge, so its cost is at most
 * tokens × longest phrase: linear in the length of the text.
 */
export class PhraseIndex<T> {
  private readonly vocabulary = new Map<string, number>();
  // Edges keyed by node * EDGE_STRIDE + tokenId: one integer-keyed map is faster than a map per node.
  private readonly edges = new Map<number, number>();
  private readonly payloads: T[][] = [[]];
  private longest = 0;
  /** Edge lookups made by the last `match` call: the unit of work that tests check grows linearly. */
  lastMatchSteps = 0;

  /** Adds a phrase; returns false when it has no word tokens. */
  add(phrase: string, payload: T): boolean {
    const tokens = foldTokens(phrase);
    if (tokens.length === 0) return false;
    let node = 0;
    for (const token of tokens) {
      let tokenId = this.vocabulary.get(token);
      if (tokenId === undefined) {
        tokenId = this.vocabulary.size;
        this.vocabulary.set(token, tokenId);
      }
      const key = node * EDGE_STRIDE + tokenId;
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.payloads.length;
        this.payloads.push([]);
        this.edges.set(key, next);
      }
      node = next;
    }
    (this.payloads[node] as T[]).push(payload);
    this.longest = Math.max(this.longest, tokens.length);
    return true;
  }

  /** Maps folded words to token ids once per text; -1 marks a word that no phrase contains. */
  toTokenIds(words: readonly string[]): Int32Array {
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) ids[i] = this.vocabulary.get(words[i] as string) ?? -1;
    return ids;
  }

  /** Every phrase occurrence, ordered by first token then length. */
  match(ids: Int32Array): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const count = ids.length;
    let steps = 0;
    for (let first = 0; first < count; first++) {
      let node = 0;
      const stop = Math.min(count, first + this.longest);
      for (let last = first; last < stop; last++) {
        const tokenId = ids[last] as number;
        if (tokenId < 0) break;
        steps++;
        const next = this.edges.get(node * EDGE_STRIDE + tokenId);
        if (next === undefined) break;
        node = next;
        const payloads = this.payloads[node] as T[];
        if (payloads.length > 0) matches.push({ first, last, payloads });
      }
    }
    this.lastMatchSteps = steps;
    return matches;
  }

  /** Number of distinct phrases' nodes, for memory reports. */
  get size(): number {
    return this.payloads.length;
  }
}

// 2^22 token ids per node leaves room for ~2^31 nodes within exact double integers.
const EDGE_STRIDE = 2 ** 22;

/**
 * Drops matches that lie strictly inside a longer match, so "South Sudan" hides its "Sudan".
 * Expects `match()` order (by first token, then length) and runs in one linear sweep.
 */
export function dropContained<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const kept: PhraseMatch<T>[] = [];
  let furthestEarlierLast = -1;
  let index = 0;
  while (index < matches.length) {
    const first = (matches[index] as PhraseMatch<T>).first;
    let groupEnd = index;
    while (groupEnd + 1 < matches.length && (matches[groupEnd + 1] as PhraseMatch<T>).first === first) groupEnd++;
    // Only the longest match of a group can survive; it survives unless an earlier one reaches as far.
    const longest = matches[groupEnd] as PhraseMatch<T>;
    if (longest.last > furthestEarlierLast) kept.push(longest);
    furthestEarlierLast = Math.max(furthestEarlierLast, longest.last);
    index = groupEnd + 1;
  }
  return kept;
}
