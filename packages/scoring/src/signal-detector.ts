import { cuesAround, HEDGE, NEGATION, NON_EVENT, reasonOf, type Scratch, scratchFor } from "./cue-scope.ts";
import type { IndicatorTable } from "./indicator-table.ts";
import { fillRange, keepLongest, type MatchBuffer } from "./match-buffer.ts";
import type { PhraseIndex } from "./phrase-index.ts";
import type { ScorerLexicon } from "./scorer-data.ts";
import type { TokenizedText } from "./tokenize.ts";
import type { SignalModifier, SuppressedSignal, TextField } from "./types.ts";

type Entry = ScorerLexicon["entries"][number];

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
  modifiers: SignalModifier[];
}

export { CUE_WINDOW } from "./cue-scope.ts";
/** Hedged signals ("alleged massacre") count at this fraction. */
export const HEDGE_FACTOR = 0.5;

const KIND_BIT = { negation: NEGATION, hedge: HEDGE, "non-event": NON_EVENT } as const;

/** What this lexicon holds at one trie node: its entries there, and the exclusion and cue bits. */
interface NodeData {
  entries: { entry: Entry; indicator: number }[];
  isExclusion: boolean;
  before: number;
  after: number;
  sentence: number;
}

/**
 * Finds one language's lexicon phrases in a scanned text and applies exclusions and cues. The phrases live
 * in the scorer's shared trie under this detector's tag, so one scan of a text serves every lexicon.
 */
export class SignalDetector {
  // Indexed by trie node, padded with undefined so the array stays dense and a lookup stays fast.
  private readonly nodes: (NodeData | undefined)[] = [];

  constructor(
    readonly lexicon: ScorerLexicon,
    private readonly tag: number,
    trie: PhraseIndex,
    indicators: IndicatorTable,
  ) {
    const dataAt = (phrase: string) => {
      const node = trie.add(phrase, tag);
      if (node === 0) return undefined;
      while (this.nodes.length <= node) this.nodes.push(undefined);
      let data = this.nodes[node];
      if (data === undefined) {
        data = { entries: [], isExclusion: false, before: 0, after: 0, sentence: 0 };
        this.nodes[node] = data;
      }
      return data;
    };
    for (const entry of lexicon.entries) {
      dataAt(entry.phrase)?.entries.push({ entry, indicator: indicators.indexOf(entry.indicator) });
    }
    for (const phrase of lexicon.exclusions) {
      const data = dataAt(phrase);
      if (data) data.isExclusion = true;
    }
    for (const cue of lexicon.cues) {
      const data = dataAt(cue.phrase);
      if (data) data[cue.scope] |= KIND_BIT[cue.kind];
    }
  }

  /** Appends the signals that count to `signals`, and the ones set aside, with the reason, to `suppressed`. */
  detect(
    tokens: TokenizedText,
    hits: MatchBuffer,
    field: TextField,
    signals: SignalMatch[],
    suppressed: SuppressedSignal[],
  ): void {
    const scratch = scratchFor(hits.count, tokens.count);
    const candidates = scratch.candidates;
    let candidateCount = 0;
    let hasCues = false;
    for (let at = 0; at < hits.count; at++) {
      if (((hits.tags[at] as number) & this.tag) === 0) continue;
      const data = this.nodes[hits.nodes[at] as number] as NodeData;
      if (data.entries.length > 0) candidates[candidateCount++] = at;
      if (data.isExclusion || data.before !== 0 || data.after !== 0 || data.sentence !== 0) hasCues = true;
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
      for (const { entry, indicator } of (this.nodes[hits.nodes[at] as number] as NodeData).entries) {
        if (reason !== null) {
          suppressed.push({
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
        signals.push({
          entry,
          indicator,
          field,
          first,
          last,
          start,
          end,
          text,
          weight: entry.weight * entry.polarity * (isHedged ? HEDGE_FACTOR : 1),
          modifiers: isHedged ? ["hedged"] : [],
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
      const data = this.nodes[hits.nodes[at] as number] as NodeData;
      const first = hits.firsts[at] as number;
      const last = hits.lasts[at] as number;
      if (data.isExclusion) fillRange(scratch.excluded, first, last + 1, 1);
      scratch.cuesEndingAt[last] = (scratch.cuesEndingAt[last] as number) | data.before;
      scratch.cuesStartingAt[first] = (scratch.cuesStartingAt[first] as number) | data.after;
      const sentence = tokens.sentences[first] as number;
      scratch.sentenceCues[sentence] = (scratch.sentenceCues[sentence] as number) | data.sentence;
    }
  }
}
