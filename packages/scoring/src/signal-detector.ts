import { dropContained, PhraseIndex, type PhraseMatch } from "./phrase-index.ts";
import type { ScorerLexicon } from "./scorer-data.ts";
import type { TokenizedText } from "./tokenize.ts";
import type { SignalModifier, SuppressedSignal } from "./types.ts";
import type { Vocabulary } from "./vocabulary.ts";

type Entry = ScorerLexicon["entries"][number];
type Cue = ScorerLexicon["cues"][number];
type Payload = { type: "entry"; entry: Entry } | { type: "exclusion" } | { type: "cue"; cue: Cue };

/** A lexicon phrase that counts, with its weight after cues. */
export interface SignalMatch {
  entry: Entry;
  first: number;
  last: number;
  weight: number;
  modifiers: SignalModifier[];
}

/** Words between a cue and its signal for "before"/"after" scopes: "no reports of any massacre". */
export const CUE_WINDOW = 4;
/** Hedged signals ("alleged massacre") count at this fraction. */
export const HEDGE_FACTOR = 0.5;

// Bits per token position and per sentence for the cue kinds, so every check is O(1).
const NEGATION = 1;
const HEDGE = 2;
const NON_EVENT = 4;
const KIND_BIT = { negation: NEGATION, hedge: HEDGE, "non-event": NON_EVENT } as const;

const NOTHING: { signals: SignalMatch[]; suppressed: Omit<SuppressedSignal, "field">[] } = Object.freeze({
  signals: [],
  suppressed: [],
}) as never;

/** Finds one language's lexicon phrases in a text and applies exclusions and cues. */
export class SignalDetector {
  private readonly index: PhraseIndex<Payload>;

  constructor(
    readonly lexicon: ScorerLexicon,
    vocabulary: Vocabulary,
  ) {
    this.index = new PhraseIndex(vocabulary);
    for (const entry of lexicon.entries) this.index.add(entry.phrase, { type: "entry", entry });
    for (const phrase of lexicon.exclusions) this.index.add(phrase, { type: "exclusion" });
    for (const cue of lexicon.cues) this.index.add(cue.phrase, { type: "cue", cue });
  }

  /** Signals that count, and the ones set aside with the reason. */
  detect(tokens: TokenizedText): { signals: SignalMatch[]; suppressed: Omit<SuppressedSignal, "field">[] } {
    const all = this.index.match(tokens);
    const entryMatches: PhraseMatch<Payload>[] = [];
    for (const match of all) {
      for (const payload of match.payloads) {
        if (payload.type === "entry") {
          entryMatches.push(match);
          break;
        }
      }
    }
    // Most texts hold no phrase of a given lexicon: skip the cue bookkeeping for them.
    if (entryMatches.length === 0) return NOTHING;
    const count = tokens.count;
    const excluded = new Uint8Array(count);
    const cuesEndingAt = new Uint8Array(count);
    const cuesStartingAt = new Uint8Array(count);
    const sentenceCues = new Map<number, number>();
    for (const match of all) {
      for (const payload of match.payloads) {
        if (payload.type === "exclusion") excluded.fill(1, match.first, match.last + 1);
        else if (payload.type === "cue") {
          const bit = KIND_BIT[payload.cue.kind];
          if (payload.cue.scope === "before")
            cuesEndingAt[match.last] = (cuesEndingAt[match.last] as number) | bit;
          else if (payload.cue.scope === "after")
            cuesStartingAt[match.first] = (cuesStartingAt[match.first] as number) | bit;
          else {
            const sentence = tokens.sentences[match.first] as number;
            sentenceCues.set(sentence, (sentenceCues.get(sentence) ?? 0) | bit);
          }
        }
      }
    }
    const signals: SignalMatch[] = [];
    const suppressed: Omit<SuppressedSignal, "field">[] = [];
    for (const match of dropContained(entryMatches)) {
      const cueBits = this.cuesAround(match, tokens, cuesEndingAt, cuesStartingAt, sentenceCues);
      const isExcluded = excluded.subarray(match.first, match.last + 1).includes(1);
      const reason = isExcluded
        ? "excluded"
        : cueBits & NON_EVENT
          ? "non-event"
          : cueBits & NEGATION
            ? "negated"
            : null;
      for (const payload of match.payloads) {
        if (payload.type !== "entry") continue;
        if (reason !== null) {
          suppressed.push({
            ...spanOf(match, tokens),
            term: payload.entry.phrase,
            indicator: payload.entry.indicator,
            reason,
          });
          continue;
        }
        const isHedged = (cueBits & HEDGE) !== 0;
        signals.push({
          entry: payload.entry,
          first: match.first,
          last: match.last,
          weight: payload.entry.weight * payload.entry.polarity * (isHedged ? HEDGE_FACTOR : 1),
          modifiers: isHedged ? ["hedged"] : [],
        });
      }
    }
    return { signals, suppressed };
  }

  private cuesAround(
    match: PhraseMatch<Payload>,
    tokens: TokenizedText,
    cuesEndingAt: Uint8Array,
    cuesStartingAt: Uint8Array,
    sentenceCues: ReadonlyMap<number, number>,
  ): number {
    const sentence = tokens.sentences[match.first] as number;
    let bits = sentenceCues.get(sentence) ?? 0;
    for (let i = Math.max(0, match.first - CUE_WINDOW); i < match.first; i++) {
      if (tokens.sentences[i] === sentence) bits |= cuesEndingAt[i] as number;
    }
    const stop = Math.min(tokens.count, match.last + 1 + CUE_WINDOW);
    for (let i = match.last + 1; i < stop; i++) {
      if (tokens.sentences[i] === sentence) bits |= cuesStartingAt[i] as number;
    }
    return bits;
  }
}

/** The original characters a token range covers. */
export function spanOf(match: { first: number; last: number }, tokens: TokenizedText) {
  const start = tokens.starts[match.first] as number;
  const end = tokens.ends[match.last] as number;
  return { start, end, text: tokens.text.slice(start, end) };
}
