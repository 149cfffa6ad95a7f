import { cuesAround, HEDGE, NEGATION, NON_EVENT, reasonOf, type Scratch, scratchFor } from "./cue-scope.ts";
import type { Findings } from "./findings.ts";
import type { IndicatorTable } from "./indicator-table.ts";
import { fillRange, keepLongest, type MatchBuffer } from "./match-buffer.ts";
import type { PhraseIndex } from "./phrase-index.ts";
import type { ScorerLexicon } from "./scorer-data.ts";
import { append } from "./short-list.ts";
import type { TokenizedText } from "./tokenize.ts";
import type { TextField } from "./types.ts";

type Entry = ScorerLexicon["entries"][number];
type Cue = ScorerLexicon["cues"][number];

/** A lexicon phrase that counts, with its weight after cues and where it stands. */
export interface SignalMatch {
  entry: Entry;
  /** The entry's indicator in the scorer's indicator table. */
  indicator: number;
  field: TextField;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  weight: number;
  isHedged: boolean;
}

export { CUE_WINDOW } from "./cue-scope.ts";
/** Hedged signals ("alleged massacre") count at this fraction. */
export const HEDGE_FACTOR = 0.5;

const KIND_BIT = { negation: NEGATION, hedge: HEDGE, "non-event": NON_EVENT } as const;
// A node's cue bits, packed: the kinds of cues reaching back (scope "after"), forward ("before") and over
// the sentence, three bits each, and whether an exclusion idiom ends there.
const SCOPE_SHIFT = { before: 0, after: 3, sentence: 6 } as const;
const KIND_MASK = 7;
const EXCLUSION = 1 << 9;

/**
 * Finds one language's lexicon phrases in a scanned text and applies exclusions and cues. The phrases live
 * in the scorer's shared trie under this detector's tag, so one scan of a text serves every lexicon.
 * What it holds per trie node is in typed arrays, built in plain loops: start-up runs mostly unoptimised
 * code, where an object and a closure call per phrase cost more than the trie itself.
 */
export class SignalDetector {
  // Per trie node: the first of this lexicon's entries ending there (-1: none), and the node's cue bits.
  private readonly firstEntry: Int32Array;
  private readonly cueBits: Int32Array;
  // Per entry, in lexicon order: its indicator in the scorer's table and the next entry at the same node.
  private readonly indicators: Int32Array;
  private readonly nextEntry: Int32Array;
  private readonly entries: readonly Entry[];

  constructor(
    readonly lexicon: ScorerLexicon,
    /** This lexicon's tag on the shared trie's nodes. */
    readonly tag: number,
    trie: PhraseIndex,
    indicatorTable: IndicatorTable,
  ) {
    const { entries, exclusions, cues } = lexicon;
    this.entries = entries;
    const entryNodes = new Int32Array(entries.length);
    for (let k = 0; k < entries.length; k++) entryNodes[k] = trie.add((entries[k] as Entry).phrase, tag);
    const exclusionNodes = new Int32Array(exclusions.length);
    for (let k = 0; k < exclusions.length; k++) exclusionNodes[k] = trie.add(exclusions[k] as string, tag);
    const cueNodes = new Int32Array(cues.length);
    for (let k = 0; k < cues.length; k++) cueNodes[k] = trie.add((cues[k] as Cue).phrase, tag);
    // Every node this lexicon uses exists by now; later nodes never carry its tag.
    const size = trie.nodeCount;
    this.firstEntry = new Int32Array(size).fill(-1);
    this.cueBits = new Int32Array(size);
    this.indicators = new Int32Array(entries.length);
    this.nextEntry = new Int32Array(entries.length).fill(-1);
    const lastEntry = new Int32Array(size).fill(-1);
    for (let k = 0; k < entries.length; k++) {
      const node = entryNodes[k] as number;
      if (node === 0) continue;
      this.indicators[k] = indicatorTable.indexOf((entries[k] as Entry).indicator);
      const last = lastEntry[node] as number;
      if (last < 0) this.firstEntry[node] = k;
      else this.nextEntry[last] = k;
      lastEntry[node] = k;
    }
    for (let k = 0; k < exclusions.length; k++) {
      const node = exclusionNodes[k] as number;
      this.cueBits[node] = (this.cueBits[node] as number) | EXCLUSION;
    }
    for (let k = 0; k < cues.length; k++) {
      const node = cueNodes[k] as number;
      const cue = cues[k] as Cue;
      this.cueBits[node] = (this.cueBits[node] as number) | (KIND_BIT[cue.kind] << SCOPE_SHIFT[cue.scope]);
    }
    // Node 0 stands for "no word tokens": whatever was marked there never matches.
    this.cueBits[0] = 0;
  }

  /** Appends the signals that count to `found.signals`, and the ones set aside, with the reason, to `found.suppressed`. */
  detect(tokens: TokenizedText, hits: MatchBuffer, field: TextField, found: Findings): void {
    const scratch = scratchFor(hits.count, tokens.count);
    const candidates = scratch.candidates;
    let candidateCount = 0;
    let hasCues = false;
    for (let at = 0; at < hits.count; at++) {
      if (((hits.tags[at] as number) & this.tag) === 0) continue;
      const node = hits.nodes[at] as number;
      if ((this.firstEntry[node] as number) >= 0) candidates[candidateCount++] = at;
      if (this.cueBits[node] !== 0) hasCues = true;
    }
    // Most texts hold no phrase of a given lexicon: skip the cue bookkeeping for them.
    if (candidateCount === 0) return;
    if (hasCues) this.markCues(tokens, hits, scratch);
    const kept = keepLongest(hits, candidates, candidateCount);
    for (let k = 0; k < kept; k++) {
      const at = candidates[k] as number;
      const first = hits.firsts[at] as number;
      const last = hits.lasts[at] as number;
      const cueBits = hasCues ? cuesAround(first, last, tokens, scratch) : 0;
      const reason = hasCues ? reasonOf(first, last, cueBits, scratch.excluded) : null;
      const start = tokens.starts[first] as number;
      const end = tokens.ends[last] as number;
      const text = tokens.text.slice(start, end);
      const isHedged = (cueBits & HEDGE) !== 0;
      const node = hits.nodes[at] as number;
      for (let e = this.firstEntry[node] as number; e >= 0; e = this.nextEntry[e] as number) {
        const entry = this.entries[e] as Entry;
        const indicator = this.indicators[e] as number;
        if (reason !== null) {
          found.suppressed = append(found.suppressed, {
            field,
            start,
            end,
            text,
            term: entry.phrase,
            indicator: entry.indicator,
            reason,
          });
          continue;
        }
        found.signals = append(found.signals, {
          entry,
          indicator,
          field,
          first,
          last,
          start,
          end,
          text,
          weight: entry.weight * entry.polarity * (isHedged ? HEDGE_FACTOR : 1),
          isHedged,
        });
      }
    }
  }

  /** Marks excluded tokens and where this lexicon's cues reach. */
  private markCues(tokens: TokenizedText, hits: MatchBuffer, scratch: Scratch): void {
    const count = tokens.count;
    fillRange(scratch.excluded, 0, count, 0);
    fillRange(scratch.cuesEndingAt, 0, count, 0);
    fillRange(scratch.cuesStartingAt, 0, count, 0);
    // Sentence numbers grow along the text, so the last token's is the largest.
    const sentenceCount = count > 0 ? (tokens.sentences[count - 1] as number) + 1 : 0;
    if (scratch.sentenceCues.length < sentenceCount) scratch.sentenceCues = new Uint8Array(sentenceCount * 2);
    else fillRange(scratch.sentenceCues, 0, sentenceCount, 0);
    for (let at = 0; at < hits.count; at++) {
      if (((hits.tags[at] as number) & this.tag) === 0) continue;
      const bits = this.cueBits[hits.nodes[at] as number] as number;
      const first = hits.firsts[at] as number;
      const last = hits.lasts[at] as number;
      if ((bits & EXCLUSION) !== 0) fillRange(scratch.excluded, first, last + 1, 1);
      scratch.cuesEndingAt[last] = (scratch.cuesEndingAt[last] as number) | (bits & KIND_MASK);
      scratch.cuesStartingAt[first] =
        (scratch.cuesStartingAt[first] as number) | ((bits >> SCOPE_SHIFT.after) & KIND_MASK);
      const sentence = tokens.sentences[first] as number;
      scratch.sentenceCues[sentence] =
        (scratch.sentenceCues[sentence] as number) | ((bits >> SCOPE_SHIFT.sentence) & KIND_MASK);
    }
  }
}
