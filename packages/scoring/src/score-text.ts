import { combineSignals, severityOf } from "./combine.ts";
import { combineCountries } from "./combine-countries.ts";
import { detectLanguage, NO_LANGUAGE } from "./detect-language.ts";
import { IndicatorTable } from "./indicator-table.ts";
import { MatchBuffer } from "./match-buffer.ts";
import { PhraseIndex } from "./phrase-index.ts";
import { type PlaceMention, PlaceResolver } from "./place-resolver.ts";
import type { ScorerOptions } from "./scorer-data.ts";
import { SignalDetector, type SignalMatch } from "./signal-detector.ts";
import { type TokenizedText, tokenize } from "./tokenize.ts";
import type { SuppressedSignal, TextField, TextScore } from "./types.ts";
import { SCORING_VERSION } from "./version.ts";
import { Vocabulary } from "./vocabulary.ts";
import { markWordClasses } from "./word-classes.ts";

/** One text to score. `lang` is an ISO 639-1 code; it is detected when absent. */
export interface ScoreInput {
  title?: string;
  text: string;
  lang?: string;
}

/** A scorer with its indexes built; `scoreText` is pure and deterministic. */
export interface Scorer {
  scoreText(input: ScoreInput): TextScore;
  /** The languages it holds lexicons for. */
  readonly langs: readonly string[];
}

/** Languages a scorer can hold: the stopword bits of a word's classes. */
export const MAX_LANGUAGES = 16;

// Tags on the shared trie's nodes: whose phrases end there. One bit per lexicon after the two for places.
const PLACE_TAG = 1;
const PLACE_CUE_TAG = 2;
const lexiconTag = (index: number) => 1 << (index + 2);

/** Builds the phrase index once; scoring then costs one linear pass per field. */
export function createScorer(options: ScorerOptions): Scorer {
  const langs = options.lexicons.map((lexicon) => lexicon.lang);
  const fallback = options.defaultLang ?? "en";
  if (langs.length > MAX_LANGUAGES)
    throw new Error(`A scorer holds at most ${MAX_LANGUAGES} lexicon languages`);
  // One vocabulary and one trie for every lexicon and the gazetteer, so each word of a text is looked up
  // once and each text is walked once; tags on the trie's nodes say whose phrases end where.
  const vocabulary = new Vocabulary();
  const trie = new PhraseIndex(vocabulary);
  let phrases = options.places.length;
  for (const lexicon of options.lexicons)
    phrases += lexicon.entries.length + lexicon.cues.length + lexicon.exclusions.length;
  trie.reserve(phrases);
  options.lexicons.forEach((lexicon, index) => {
    vocabulary.mark(lexicon.stopwords, 1 << index);
  });
  markWordClasses(vocabulary);
  const indicators = new IndicatorTable();
  const detectors = new Map(
    options.lexicons.map((lexicon, index) => [
      lexicon.lang,
      new SignalDetector(lexicon, lexiconTag(index), trie, indicators),
    ]),
  );
  const places = new PlaceResolver(
    options.places,
    options.contextRules,
    vocabulary,
    trie,
    PLACE_TAG,
    PLACE_CUE_TAG,
  );
  const allDetectors = [...detectors.values()];
  const alone = new Map([...detectors].map(([lang, detector]) => [lang, [detector]]));
  // By language index, as detectLanguage answers: no map lookup per text.
  const aloneAt = langs.map((lang) => alone.get(lang) as SignalDetector[]);
  const hits = [new MatchBuffer(), new MatchBuffer()];

  function scoreText(input: ScoreInput): TextScore {
    // Plain loops, no per-field closures: this runs tens of thousands of times a second.
    const title = input.title ? tokenize(input.title, vocabulary, langs.length, 0) : null;
    const text = tokenize(input.text, vocabulary, langs.length, 1);
    const explicit = input.lang !== undefined ? alone.get(input.lang) : undefined;
    let lang = input.lang as string;
    let active: readonly SignalDetector[];
    if (explicit !== undefined) active = explicit;
    else {
      const detected = detectLanguage(title ? title.stopwordHits : null, text.stopwordHits, langs.length);
      const isConfident = detected !== NO_LANGUAGE && (detected & 1) !== 0;
      lang = detected === NO_LANGUAGE ? fallback : (langs[detected >> 1] as string);
      // Short headlines often hold too few stopwords to tell the language; then every lexicon reads them.
      active = isConfident ? (aloneAt[detected >> 1] as SignalDetector[]) : allDetectors;
    }
    const mentions: PlaceMention[] = [];
    const signals: SignalMatch[] = [];
    const suppressed: SuppressedSignal[] = [];
    if (title) collect("title", title, hits[0] as MatchBuffer, active, mentions, signals, suppressed);
    collect("text", text, hits[1] as MatchBuffer, active, mentions, signals, suppressed);
    const kept =
      (active.length > 1 && signals.length > 1) || suppressed.length > 0
        ? keepCounted(signals, suppressed, trie.longest, indicators.size)
        : signals;
    const combined = combineSignals(kept, lang, indicators);
    return {
      lang,
      countries: mentions.length === 0 ? [] : combineCountries(mentions, kept),
      signals: combined.signals,
      riskFactors: combined.riskFactors,
      suppressed,
      severity: severityOf(combined.riskFactors),
      version: SCORING_VERSION,
    };
  }

  function collect(
    field: TextField,
    tokens: TokenizedText,
    buffer: MatchBuffer,
    active: readonly SignalDetector[],
    mentions: PlaceMention[],
    signals: SignalMatch[],
    suppressed: SuppressedSignal[],
  ): void {
    trie.scan(tokens, buffer);
    // Readers none of whose phrases occur have nothing to do: most texts hold one lexicon's phrases at most.
    const tags = buffer.tagUnion;
    if ((tags & PLACE_TAG) !== 0) places.resolve(tokens, buffer, field, mentions);
    for (const detector of active) {
      if ((tags & detector.tag) !== 0) detector.detect(tokens, buffer, field, signals, suppressed);
    }
  }

  return { scoreText, langs };
}

/**
 * Signals that count: the same phrase for the same indicator at the same place, found by two lexicons,
 * counts once; and a phrase one lexicon's cues negated stays negated when another lexicon matched it too.
 * Filters `signals` in place and returns it. A headline has a handful of signals: comparing each with the ones
 * kept so far costs less than building two sets per text, which one headline in seven needs. Past
 * SMALL_PAIRS comparisons (a long report, or a text built to repeat a phrase) the sets keep the cost linear.
 */
function keepCounted(
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
