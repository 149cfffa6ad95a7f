import type { SignalMatch } from "./signal-detector.ts";
import type { SuppressedSignal } from "./types.ts";

/**
 * Signals that count: the same phrase for the same indicator at the same place, found by two lexicons,
 * counts once; and a phrase one lexicon's cues negated stays negated when another lexicon matched it too.
 * Filters `signals` in place and returns it. A headline has a handful of signals: comparing each with the ones
 * kept so far costs less than building two sets per text, which one headline in seven needs. Past
 * SMALL_PAIRS comparisons (a long report, or a text built to repeat a phrase) the sets keep the cost linear.
 */
export function keepCounted(
  signals: SignalMatch[],
  suppressed: readonly SuppressedSignal[],
  longest: number,
  indicatorCount: number,
): SignalMatch[] {
  if (signals.length * (signals.length + suppressed.length) > SMALL_PAIRS)
    return keepCountedBySets(signals, suppressed, longest, indicatorCount);
  let kept = 0;
  for (let index = 0; index < signals.length; index++) {
    const signal = signals[index] as SignalMatch;
    if (isSuppressedAt(suppressed, signal) || isCounted(signals, kept, signal)) continue;
    signals[kept++] = signal;
  }
  signals.length = kept;
  return signals;
}

const SMALL_PAIRS = 256;

/**
 * `keepCounted` with number keys in sets: a field bit, then the token range (a phrase spans fewer than
 * `longest` + 1 tokens) and the indicator.
 */
function keepCountedBySets(
  signals: SignalMatch[],
  suppressed: readonly SuppressedSignal[],
  longest: number,
  indicatorCount: number,
): SignalMatch[] {
  const suppressedAt = new Set<number>();
  for (const item of suppressed) suppressedAt.add(item.start * 2 + (item.field === "title" ? 1 : 0));
  const seen = new Set<number>();
  return signals.filter((signal) => {
    const fieldBit = signal.field === "title" ? 1 : 0;
    if (suppressedAt.has(signal.start * 2 + fieldBit)) return false;
    const range = signal.first * (longest + 1) + (signal.last - signal.first);
    const key = (range * indicatorCount + signal.indicator) * 2 + fieldBit;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a lexicon's cues set aside a phrase starting where `signal` starts, in the same field. */
function isSuppressedAt(suppressed: readonly SuppressedSignal[], signal: SignalMatch): boolean {
  for (let index = 0; index < suppressed.length; index++) {
    const item = suppressed[index] as SuppressedSignal;
    if (item.start === signal.start && item.field === signal.field) return true;
  }
  return false;
}

/** Whether signals[0, kept) already count the same tokens for the same indicator in the same field. */
function isCounted(signals: readonly SignalMatch[], kept: number, signal: SignalMatch): boolean {
  for (let index = 0; index < kept; index++) {
    const other = signals[index] as SignalMatch;
    if (
      other.first === signal.first &&
      other.last === signal.last &&
      other.indicator === signal.indicator &&
      other.field === signal.field
    )
      return true;
  }
  return false;
}
