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
const START_PIECES: (string | undefined)[] = new Array(2 * CACHED_OFFSETS);
const END_PIECES: (string | undefined)[] = new Array(CACHED_OFFSETS);
const TAILS: (string | undefined)[] = new Array(2 * 101);
const OPEN_BRACE = 0x7b;
const COUNTRIES_KEY = ',"countries":[';
const FACTORS_KEY = '],"riskFactors":[';
const INDICATORS_KEY = '],"indicators":[';
/** Weighted pieces cached at most, some 6 MB: a long run over many countries and weights stops adding. */
const MAX_WEIGHTED_PIECES = 100_000;
let weightedPieces = 0;
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
  // Each list's opening rides on its first piece, and an indicator's closing on the next piece or the tail.
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
  for (let index = 0; index < signals.length; index++) {
    const signal = signals[index] as Signal;
    out += indicatorPiece(signal, index === 0);
    for (let spanIndex = 0; spanIndex < signal.evidence.length; spanIndex++) {
      const span = signal.evidence[spanIndex] as Signal["evidence"][number];
      const shift = span.field === "text" ? textOffset : 0;
      const text = span.text;
      const start = startPiece(span.start + shift, spanIndex === 0);
      // The text's opening quote rides on the cached end piece when the text needs no escaping.
      out +=
        isVerbatim || isPlain(text)
          ? `${start}${endPiece(span.end + shift)}${text}"}`
          : `${start}${jsonNumber(span.end + shift)},"text":${JSON.stringify(text)}}`;
    }
  }
  const close = signals.length === 0 ? "" : "]}";
  if (Number.isInteger(severity) && severity >= 0 && severity <= 100) {
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

function indicatorPiece({ indicator, weight }: Signal, isFirst: boolean): string {
  const slot = weightSlot(weight, isFirst);
  let pieces = INDICATOR_PIECES.get(indicator);
  if (pieces === undefined && slot >= 0) {
    pieces = new Array(WEIGHT_SLOTS);
    INDICATOR_PIECES.set(indicator, pieces);
  }
  const cached = pieces?.[slot];
  if (cached !== undefined) return cached;
  const piece = `${isFirst ? INDICATORS_KEY : "]},"}{"id":${jsonString(indicator)},"weight":${jsonNumber(weight)},"evidence":[`;
  if (pieces !== undefined && slot >= 0 && weightedPieces++ < MAX_WEIGHTED_PIECES) pieces[slot] = flat(piece);
  return piece;
}

function startPiece(start: number, isFirst: boolean): string {
  const comma = isFirst ? "" : ",";
  if (!Number.isInteger(start) || start < 0 || start >= CACHED_OFFSETS) {
    return `${comma}{"start":${jsonNumber(start)},"end":`;
  }
  return (START_PIECES[start * 2 + (isFirst ? 0 : 1)] ??= flat(`${comma}{"start":${start},"end":`));
}

/** The end offset and the key of the text, with the opening quote of a text that needs no escaping. */
function endPiece(end: number): string {
  if (!Number.isInteger(end) || end < 0 || end >= CACHED_OFFSETS) return `${jsonNumber(end)},"text":"`;
  return (END_PIECES[end] ??= flat(`${end},"text":"`));
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
