import type { TokenizedText } from "./tokenize.ts";
import type { SuppressedSignal } from "./types.ts";

/** Words between a cue and its signal for "before"/"after" scopes: "no reports of any massacre". */
export const CUE_WINDOW = 4;

// Bits per token position and per sentence for the cue kinds, so every check is O(1).
export const NEGATION = 1;
export const HEDGE = 2;
export const NON_EVENT = 4;

/** Why a signal over tokens [first, last] is set aside, given the cue bits around it; null: it counts. */
export function reasonOf(
  first: number,
  last: number,
  cueBits: number,
  excluded: Uint8Array,
): SuppressedSignal["reason"] | null {
  for (let i = first; i <= last; i++) if (excluded[i] === 1) return "excluded";
  if ((cueBits & NON_EVENT) !== 0) return "non-event";
  if ((cueBits & NEGATION) !== 0) return "negated";
  return null;
}

/**
 * The cue bits that reach tokens [first, last]: its sentence's, and those of cues ending up to CUE_WINDOW
 * words before it or starting up to CUE_WINDOW words after it, in the same sentence.
 */
export function cuesAround(first: number, last: number, tokens: TokenizedText, scratch: Scratch): number {
  const sentences = tokens.sentences;
  const sentence = sentences[first] as number;
  let bits = scratch.sentenceCues[sentence] as number;
  for (let i = Math.max(0, first - CUE_WINDOW); i < first; i++) {
    if (sentences[i] === sentence) bits |= scratch.cuesEndingAt[i] as number;
  }
  const stop = Math.min(tokens.count, last + 1 + CUE_WINDOW);
  for (let i = last + 1; i < stop; i++) {
    if (sentences[i] === sentence) bits |= scratch.cuesStartingAt[i] as number;
  }
  return bits;
}

/** A detector's per-text arrays: candidate matches, excluded tokens, and cue bits per token and sentence. */
export interface Scratch {
  candidates: Int32Array;
  excluded: Uint8Array;
  cuesEndingAt: Uint8Array;
  cuesStartingAt: Uint8Array;
  sentenceCues: Uint8Array;
}
const SCRATCH: Scratch = {
  candidates: new Int32Array(256),
  excluded: new Uint8Array(256),
  cuesEndingAt: new Uint8Array(256),
  cuesStartingAt: new Uint8Array(256),
  sentenceCues: new Uint8Array(256),
};

/**
 * Per-text arrays, reused: allocating four arrays per text and lexicon cost more than reading them.
 * Valid until the next `detect` call; scoring is synchronous, so calls never interleave.
 */
export function scratchFor(hitCount: number, tokenCount: number): Scratch {
  const scratch = SCRATCH;
  if (scratch.candidates.length < hitCount) scratch.candidates = new Int32Array(hitCount * 2);
  if (scratch.excluded.length < tokenCount) {
    scratch.excluded = new Uint8Array(tokenCount * 2);
    scratch.cuesEndingAt = new Uint8Array(tokenCount * 2);
    scratch.cuesStartingAt = new Uint8Array(tokenCount * 2);
  }
  return scratch;
}
