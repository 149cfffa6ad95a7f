import type { ScoreSummary } from "@vigil/scoring";

type Country = ScoreSummary["countries"][number];
type Signal = ScoreSummary["signals"][number];

// An output line is built by concatenation, and each concatenation costs a string node to make and, when
// the lines are joined to be written, to walk: that cost the line more than scoring it. So the pieces that
// repeat (a country with its confidence, a risk factor or an indicator with its weight, span offsets, the
// tail) are cached whole and flat, and a typical line takes about eight pieces instead of sixty.
// The tables are sized up front: an array filled at scattered indexes falls back to slow dictionary elements.

/** Span offsets below this have cached pieces; longer texts build theirs. */
const CACHED_OFFSETS = 4096;
/** Pieces per weighted thing: a weight in thousandths, with a leading comma or without. */
const WEIGHT_SLOTS = 2 * 1001;
const COUNTRY_PIECES: (string | undefined)[][] = new Array(26 * 26);
const FACTOR_PIECES: (string | undefined)[][] = new Array(64);
const INDICATOR_PIECES = new Map<string, (string | undefined)[]>();
/** Spans of up to this many characters have cached pieces (start and end in one). */
const CACHED_SPAN = 64;
const SPAN_PIECES: (string | undefined)[][] = new Array(2 * CACHED_OFFSETS);
const TAILS: (string | undefined)[] = new Array(2 * 101);
const OPEN_BRACE = 0x7b;
const COUNTRIES_KEY = ',"countries":[';
const FACTORS_KEY = '],"riskFactors":[';
const INDICATORS_KEY = '],"indicators":[';
/** Weighted pieces cached at most, some 6 MB: a long run over many countries and weights stops adding. */
const MAX_WEIGHTED_PIECES = 100_000;
let weightedPieces = 0;
/** Span pieces cached at most, some 6 MB too. */
const MAX_SPAN_PIECES = 100_000;
let spanPieces = 0;
/** What closes a span whose text's closing quote is still to write. */
const SPAN_CLOSE = '"}';
const NOTHING_FOUND = ',"countries":[],"riskFactors":[],"indicators":[],"severity":0}';

/**
 * `JSON.stringify(toScoreLine(id, score, title))`, written out directly with the same keys in the same order.
 * `isVerbatim` says that the id, title and text need no escaping (nor then any span of them).
 */
export function formatScoreLine(
  id: string,
  score: ScoreSummary,
  title: string | undefined,
  isVerbatim = false,
): string {
  const { countries, riskFactors, signals, severity } = score;
  const head = isVerbatim ? `{"id":"${id}"` : `{"id":${jsonString(id)}`;
  if (countries.length === 0 && riskFactors.length === 0 && signals.length === 0 && severity === 0) {
    return head + NOTHING_FOUND;
  }
  // Each list's opening rides on its first piece, and an indicator's closing on the next piece or the tail;
  // so does a span's closing quote and brace, written after its text: one piece fewer per span to flatten.
  let out = countries.length === 0 ? head + COUNTRIES_KEY : head;
  for (let index = 0; index < countries.length; index++) {
    out += countryPiece(countries[index] as Country, index === 0);
  }
  if (riskFactors.length === 0) out += FACTORS_KEY;
  for (let index = 0; index < riskFactors.length; index++) {
    const { id: factor, weight } = riskFactors[index] as ScoreSummary["riskFactors"][number];
    out += factorPiece(factor, weight, index === 0);
  }
  if (signals.length === 0) out += INDICATORS_KEY;
  const textOffset = title ? title.length + 1 : 0;
  // Whether the last thing written is a span's text, still to close with SPAN_CLOSE.
  let isSpanOpen = false;
  for (let index = 0; index < signals.length; index++) {
    const signal = signals[index] as Signal;
    out += indicatorPiece(signal, index === 0 ? "" : isSpanOpen ? `${SPAN_CLOSE}]},` : "]},");
    for (let spanIndex = 0; spanIndex < signal.evidence.length; spanIndex++) {
      const span = signal.evidence[spanIndex] as Signal["evidence"][number];
      const shift = span.field === "text" ? textOffset : 0;
      const text = span.text;
      const piece = spanPiece(span.start + shift, span.end + shift, spanIndex === 0);
      // The piece ends with the text's opening quote; an escaped text is written without its own quotes.
      out += isVerbatim || isPlain(text) ? piece + text : piece + JSON.stringify(text).slice(1, -1);
    }
    isSpanOpen = signal.evidence.length > 0;
  }
  const close = signals.length === 0 ? "" : isSpanOpen ? `${SPAN_CLOSE}]}` : "]}";
  // The tail after an indicator without evidence (never from the scorer) is built each time.
  const isCachedTail = (isSpanOpen || signals.length === 0) && Number.isInteger(severity);
  if (isCachedTail && severity >= 0 && severity <= 100) {
    const slot = severity * 2 + (signals.length === 0 ? 0 : 1);
    return flattened(out + (TAILS[slot] ??= flat(`${close}],"severity":${severity}}`)));
  }
  return `${out}${close}],"severity":${jsonNumber(severity)}}`;
}

/**
 * The line, flattened in place: V8 copies a concatenated string into one flat piece when a character of it is
 * read. Done here, while its pieces are in cache, it spares the join that writes the lines a walk over a
 * dozen string nodes per line, out of cache by then.
 */
function flattened(line: string): string {
  // Every line opens with "{": the test only keeps the read from being optimised away.
  if (line.charCodeAt(0) !== OPEN_BRACE) throw new Error("A score line opens with {");
  return line;
}

/** Slot of a cached piece with a weight: its thousandths, doubled, plus one for a leading comma; -1: none. */
function weightSlot(weight: number, isFirst: boolean): number {
  const thousandths = Math.round(weight * 1000);
  if (thousandths >= 0 && thousandths <= 1000 && thousandths / 1000 === weight) {
    return thousandths * 2 + (isFirst ? 0 : 1);
  }
  return -1;
}

function countryPiece({ iso2, confidence }: Country, isFirst: boolean): string {
  // Codes of two capital letters index a table directly; anything else is built each time.
  const first = iso2.charCodeAt(0) - 65;
  const second = iso2.charCodeAt(1) - 65;
  const slot = weightSlot(confidence, isFirst);
  const isCached = slot >= 0 && iso2.length === 2 && first >= 0 && first < 26 && second >= 0 && second < 26;
  const pieces = isCached ? (COUNTRY_PIECES[first * 26 + second] ??= new Array(WEIGHT_SLOTS)) : undefined;
  const cached = pieces?.[slot];
  if (cached !== undefined) return cached;
  const piece = `${isFirst ? COUNTRIES_KEY : ","}{"iso2":${jsonString(iso2)},"confidence":${jsonNumber(confidence)}}`;
  if (pieces !== undefined && weightedPieces++ < MAX_WEIGHTED_PIECES) pieces[slot] = flat(piece);
  return piece;
}

function factorPiece(factor: number, weight: number, isFirst: boolean): string {
  const slot = weightSlot(weight, isFirst);
  const isCached = slot >= 0 && Number.isInteger(factor) && factor >= 0 && factor < 64;
  const pieces = isCached ? (FACTOR_PIECES[factor] ??= new Array(WEIGHT_SLOTS)) : undefined;
  const cached = pieces?.[slot];
  if (cached !== undefined) return cached;
  const piece = `${isFirst ? FACTORS_KEY : ","}{"id":${jsonNumber(factor)},"weight":${jsonNumber(weight)}}`;
  if (pieces !== undefined && weightedPieces++ < MAX_WEIGHTED_PIECES) pieces[slot] = flat(piece);
  return piece;
}

/** `before`: "" for the first indicator; what closes the one before it otherwise (only the usual one is cached). */
function indicatorPiece({ indicator, weight }: Signal, before: string): string {
  const isFirst = before === "";
  const slot = isFirst || before.length > 3 ? weightSlot(weight, isFirst) : -1;
  let pieces = INDICATOR_PIECES.get(indicator);
  if (pieces === undefined && slot >= 0) {
    pieces = new Array(WEIGHT_SLOTS);
    INDICATOR_PIECES.set(indicator, pieces);
  }
  const cached = pieces?.[slot];
  if (cached !== undefined) return cached;
  const piece = `${isFirst ? INDICATORS_KEY : before}{"id":${jsonString(indicator)},"weight":${jsonNumber(weight)},"evidence":[`;
  if (pieces !== undefined && slot >= 0 && weightedPieces++ < MAX_WEIGHTED_PIECES) pieces[slot] = flat(piece);
  return piece;
}

/** `{"start":…,"end":…,"text":"`, after the closing of the span before it (and a comma) unless first. */
function spanPiece(start: number, end: number, isFirst: boolean): string {
  const length = end - start;
  // Whole numbers in range only: `x >>> 0 === x` fails for fractions, negatives and NaN.
  const isCached =
    start >>> 0 === start && start < CACHED_OFFSETS && length >>> 0 === length && length < CACHED_SPAN;
  const slot = start * 2 + (isFirst ? 0 : 1);
  const pieces = isCached ? (SPAN_PIECES[slot] ??= new Array(CACHED_SPAN)) : undefined;
  const cached = pieces?.[length];
  if (cached !== undefined) return cached;
  const piece = `${isFirst ? "" : `${SPAN_CLOSE},`}{"start":${jsonNumber(start)},"end":${jsonNumber(end)},"text":"`;
  if (pieces !== undefined && spanPieces++ < MAX_SPAN_PIECES) pieces[length] = flat(piece);
  return piece;
}

/**
 * A copy of a string in one flat piece: a cached piece goes into many lines, and a tree of concatenations
 * would be walked again in each. JSON.parse always builds a fresh flat string.
 */
function flat(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

// Weights are rounded to thousandths, and printing a fraction costs far more than reading it from a table.
const THOUSANDTHS = Array.from({ length: 1001 }, (_, thousandths) => `${thousandths / 1000}`);

/** A number as JSON writes it: finite numbers print as JavaScript prints them, the rest as null. */
function jsonNumber(value: number): string {
  const thousandths = Math.round(value * 1000);
  if (thousandths >= 0 && thousandths <= 1000 && thousandths / 1000 === value) {
    return THOUSANDTHS[thousandths] as string;
  }
  return Number.isFinite(value) ? `${value}` : "null";
}

/** Whether JSON writes the string as it is between quotes: most need no escaping, and checking is cheaper. */
function isPlain(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // Quotes, backslashes and control characters are escaped; lone surrogates too (well-formed JSON.stringify).
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

/** A string as JSON writes it. */
function jsonString(value: string): string {
  return isPlain(value) ? `"${value}"` : JSON.stringify(value);
}
