import { combineSignals, severityOf } from "./combine.ts";
import { combineCountries } from "./combine-countries.ts";
import { detectLanguage } from "./detect-language.ts";
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
  const hits = [new MatchBuffer(), new MatchBuffer()];

  function scoreText(input: ScoreInput): TextScore {
    // Plain loops, no per-field closures: this runs tens of thousands of times a second.
    const title = input.title ? tokenize(input.title, vocabulary, langs.length, 0) : null;
    const text = tokenize(input.text, vocabulary, langs.length, 1);
    const explicit = input.lang !== undefined ? detectors.get(input.lang) : undefined;
    const detected = explicit
      ? { lang: input.lang as string, isConfident: true }
      : detectLanguage(
          title ? [title.stopwordHits, text.stopwordHits] : [text.stopwordHits],
          langs,
          fallback,
        );
    // Short headlines often hold too few stopwords to tell the language; then every lexicon reads them.
    const active = detected.isConfident ? (alone.get(detected.lang) as SignalDetector[]) : allDetectors;
    const mentions: PlaceMention[] = [];
    const signals: SignalMatch[] = [];
    const suppressed: SuppressedSignal[] = [];
    if (title) collect("title", title, hits[0] as MatchBuffer, active, mentions, signals, suppressed);
    collect("text", text, hits[1] as MatchBuffer, active, mentions, signals, suppressed);
    const kept =
      (active.length > 1 && signals.length > 1) || suppressed.length > 0
        ? keepCounted(signals, suppressed, trie.longest, indicators.size)
        : signals;
    const combined = combineSignals(kept, detected.lang, indicators);
    return {
      lang: detected.lang,
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
    if (buffer.count === 0) return;
    places.resolve(tokens, buffer, field, mentions);
    for (const detector of active) detector.detect(tokens, buffer, field, signals, suppressed);
  }

  return { scoreText, langs };
}

/**
 * Signals that count: the same phrase for the same indicator at the same place, found by two lexicons,
 * counts once; and a phrase one lexicon's cues negated stays negated when another lexicon matched it too.
 * Keys are numbers: a field bit, then the token range (a phrase spans fewer than `longest` + 1 tokens) and
 * the indicator.
 */
function keepCounted(
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
