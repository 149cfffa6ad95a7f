import { combineCountries, combineSignals, severityOf } from "./combine.ts";
import { detectLanguage } from "./detect-language.ts";
import { type PlaceMention, PlaceResolver } from "./place-resolver.ts";
import type { ScorerOptions } from "./scorer-data.ts";
import { SignalDetector, type SignalMatch, spanOf } from "./signal-detector.ts";
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

/** Builds the phrase indexes once; scoring then costs one linear pass per field. */
export function createScorer(options: ScorerOptions): Scorer {
  const langs = options.lexicons.map((lexicon) => lexicon.lang);
  const fallback = options.defaultLang ?? "en";
  if (langs.length > MAX_LANGUAGES)
    throw new Error(`A scorer holds at most ${MAX_LANGUAGES} lexicon languages`);
  // One vocabulary for every index, so each word of a text is looked up once.
  const vocabulary = new Vocabulary();
  options.lexicons.forEach((lexicon, index) => {
    vocabulary.mark(lexicon.stopwords, 1 << index);
  });
  markWordClasses(vocabulary);
  const detectors = new Map(
    options.lexicons.map((lexicon) => [lexicon.lang, new SignalDetector(lexicon, vocabulary)]),
  );
  const places = new PlaceResolver(options.places, options.contextRules, vocabulary);

  const allDetectors = [...detectors.values()];

  function scoreText(input: ScoreInput): TextScore {
    // Plain loops, no per-field closures: this runs tens of thousands of times a second.
    const title = input.title ? tokenize(input.title, vocabulary, langs.length, 0) : null;
    const text = tokenize(input.text, vocabulary, langs.length, 1);
    const hits = title ? [title.stopwordHits, text.stopwordHits] : [text.stopwordHits];
    const explicit = input.lang !== undefined ? detectors.get(input.lang) : undefined;
    const detected = explicit
      ? { lang: input.lang as string, isConfident: true }
      : detectLanguage(hits, langs, fallback);
    // Short headlines often hold too few stopwords to tell the language; then every lexicon reads them.
    const active = detected.isConfident ? [detectors.get(detected.lang) as SignalDetector] : allDetectors;
    const mentions: LocatedMention[] = [];
    const signals: LocatedSignal[] = [];
    const suppressed: SuppressedSignal[] = [];
    if (title) collect("title", title, active, mentions, signals, suppressed);
    collect("text", text, active, mentions, signals, suppressed);
    const kept = active.length > 1 || suppressed.length > 0 ? keepCounted(signals, suppressed) : signals;
    const combined = combineSignals(kept, detected.lang);
    return {
      lang: detected.lang,
      countries: mentions.length === 0 ? [] : combineCountries(mentions, kept.map(signalSpan)),
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
    active: readonly SignalDetector[],
    mentions: LocatedMention[],
    signals: LocatedSignal[],
    suppressed: SuppressedSignal[],
  ): void {
    for (const mention of places.resolve(tokens)) {
      mentions.push({
        iso2: mention.iso2,
        term: mention.term,
        kind: mention.kind,
        weight: mention.weight,
        first: mention.first,
        last: mention.last,
        isMetonym: mention.isMetonym,
        field,
        span: spanOf(mention, tokens),
      });
    }
    for (const detector of active) {
      const found = detector.detect(tokens);
      for (const signal of found.signals) {
        signals.push({
          entry: signal.entry,
          first: signal.first,
          last: signal.last,
          weight: signal.weight,
          modifiers: signal.modifiers,
          field,
          span: spanOf(signal, tokens),
        });
      }
      for (const item of found.suppressed) suppressed.push({ field, ...item });
    }
  }

  return { scoreText, langs };
}

type LocatedMention = PlaceMention & { field: TextField; span: ReturnType<typeof spanOf> };
type LocatedSignal = SignalMatch & { field: TextField; span: ReturnType<typeof spanOf> };

function signalSpan(signal: LocatedSignal) {
  return { field: signal.field, start: signal.span.start, end: signal.span.end };
}

/**
 * Signals that count: the same phrase for the same indicator at the same place, found by two lexicons,
 * counts once; and a phrase one lexicon's cues negated stays negated when another lexicon matched it too.
 */
function keepCounted(signals: LocatedSignal[], suppressed: readonly SuppressedSignal[]): LocatedSignal[] {
  const suppressedAt = new Set(suppressed.map((item) => `${item.field}:${item.start}`));
  const seen = new Set<string>();
  return signals.filter((signal) => {
    if (suppressedAt.has(`${signal.field}:${signal.span.start}`)) return false;
    const key = `${signal.field}:${signal.first}:${signal.last}:${signal.entry.indicator}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
