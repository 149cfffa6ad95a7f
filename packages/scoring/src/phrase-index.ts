import { foldTokens } from "./fold.ts";
import type { TokenizedText } from "./tokenize.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** A phrase match over tokens `[first, last]`, inclusive, carrying every payload stored for the phrase. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  payloads: readonly T[];
}

/**
 * A token trie over a shared vocabulary: phrases are sequences of word ids, so word boundaries hold by
 * construction. Matching starts a walk at every token and stops at the first missing edge, so its cost is
 * at most tokens × longest phrase: linear in the length of the text. The first step, taken for every token,
 * is a typed-array read; deeper edges live in an open-addressing table keyed by (node, word).
 */
export class PhraseIndex<T> {
  private rootChildren = new Int32Array(1024);
  private edgeNodes = new Int32Array(1024);
  private edgeWords = new Int32Array(1024);
  private edgeChildren = new Int32Array(1024); // child node; 0 = empty slot (the root is never a child)
  private edgeCount = 0;
  private readonly payloads: (T[] | undefined)[] = [undefined];
  private longest = 0;
  /** Trie steps taken by the last `match` call: the unit of work that tests check grows linearly. */
  lastMatchSteps = 0;

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Adds a phrase; returns false when it has no word tokens. */
  add(phrase: string, payload: T): boolean {
    const tokens = foldTokens(phrase);
    if (tokens.length === 0) return false;
    let node = 0;
    for (const token of tokens) {
      const word = this.vocabulary.add(token);
      let child = this.child(node, word);
      if (child === 0) {
        child = this.payloads.length;
        this.payloads.push(undefined);
        this.setChild(node, word, child);
      }
      node = child;
    }
    const list = this.payloads[node];
    if (list) list.push(payload);
    else this.payloads[node] = [payload];
    this.longest = Math.max(this.longest, tokens.length);
    return true;
  }

  /** Every phrase occurrence, ordered by first token then length. */
  match(tokens: TokenizedText): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const { ids, count } = tokens;
    const roots = this.rootChildren;
    let steps = 0;
    for (let first = 0; first < count; first++) {
      const word = ids[first] as number;
      steps++;
      if (word < 0 || word >= roots.length) continue;
      let node = roots[word] as number;
      if (node === 0) continue;
      const stop = Math.min(count, first + this.longest);
      for (let last = first; ; ) {
        const found = this.payloads[node];
        if (found !== undefined) matches.push({ first, last, payloads: found });
        last++;
        if (last >= stop) break;
        const next = ids[last] as number;
        if (next < 0) break;
        steps++;
        node = this.child(node, next);
        if (node === 0) break;
      }
    }
    this.lastMatchSteps = steps;
    return matches;
  }

  private child(node: number, word: number): number {
    if (node === 0) return word < this.rootChildren.length ? (this.rootChildren[word] as number) : 0;
    const mask = this.edgeChildren.length - 1;
    for (let slot = edgeHash(node, word) & mask; ; slot = (slot + 1) & mask) {
      const child = this.edgeChildren[slot] as number;
      if (child === 0) return 0;
      if (this.edgeNodes[slot] === node && this.edgeWords[slot] === word) return child;
    }
  }

  private setChild(node: number, word: number, child: number): void {
    if (node === 0) {
      if (word >= this.rootChildren.length) {
        const grown = new Int32Array(Math.max(word + 1, this.rootChildren.length * 2));
        grown.set(this.rootChildren);
        this.rootChildren = grown;
      }
      this.rootChildren[word] = child;
      return;
    }
    if ((this.edgeCount + 1) * 2 > this.edgeChildren.length) this.growEdges();
    this.placeEdge(node, word, child);
    this.edgeCount++;
  }

  private placeEdge(node: number, word: number, child: number): void {
    const mask = this.edgeChildren.length - 1;
    let slot = edgeHash(node, word) & mask;
    while (this.edgeChildren[slot] !== 0) slot = (slot + 1) & mask;
    this.edgeNodes[slot] = node;
    this.edgeWords[slot] = word;
    this.edgeChildren[slot] = child;
  }

  private growEdges(): void {
    const nodes = this.edgeNodes;
    const words = this.edgeWords;
    const children = this.edgeChildren;
    const size = children.length * 2;
    this.edgeNodes = new Int32Array(size);
    this.edgeWords = new Int32Array(size);
    this.edgeChildren = new Int32Array(size);
    for (let slot = 0; slot < children.length; slot++) {
      if (children[slot] !== 0)
        this.placeEdge(nodes[slot] as number, words[slot] as number, children[slot] as number);
    }
  }
}

function edgeHash(node: number, word: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
}

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
    while (groupEnd + 1 < matches.length && (matches[groupEnd + 1] as PhraseMatch<T>).first === first)
      groupEnd++;
    // Only the longest match of a group can survive; it survives unless an earlier one reaches as far.
    const longest = matches[groupEnd] as PhraseMatch<T>;
    if (longest.last > furthestEarlierLast) kept.push(longest);
    furthestEarlierLast = Math.max(furthestEarlierLast, longest.last);
    index = groupEnd + 1;
  }
  return kept;
}
