import { detectLanguage } from "./detect-language.ts";
import { type PlaceMention, PlaceResolver } from "./place-resolver.ts";
import type { ScorerOptions } from "./scorer-data.ts";
import { SignalDetector, type SignalMatch, spanOf } from "./signal-detector.ts";
import { combineCountries, combineSignals, severityOf } from "./combine.ts";
import { tokenize } from "./tokenize.ts";
import { Vocabulary } from "./vocabulary.ts";
import { markWordClasses } from "./word-classes.ts";
import type { SuppressedSignal, TextField, TextScore } from "./types.ts";
import { SCORING_VERSION } from "./version.ts";

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
  if (langs.length > MAX_LANGUAGES) throw new Error(`A scorer holds at most ${MAX_LANGUAGES} lexicon languages`);
  // One vocabulary for every index, so each word of a text is looked up once.
  const vocabulary = new Vocabulary();
  options.lexicons.forEach((lexicon, index) => vocabulary.mark(lexicon.stopwords, 1 << index));
  markWordClasses(vocabulary);
  const detectors = new Map(options.lexicons.map((lexicon) => [lexicon.lang, new SignalDetector(lexicon, vocabulary)]));
  const places = new PlaceResolver(options.places, options.contextRules, vocabulary);

  function scoreText(input: ScoreInput): TextScore {
    const fields: { field: TextField; value: string }[] = [];
    if (input.title) fields.push({ field: "title", value: input.title });
    fields.push({ field: "text", value: input.text });
    const tokenized = fields.map(({ field, value }) => ({ field, tokens: tokenize(value, vocabulary, langs.length) }));
    const detected =
      input.lang && detectors.has(input.lang)
        ? { lang: input.lang, isConfident: true }
        : detectLanguage(tokenized.map(({ tokens }) => tokens.stopwordHits), langs, fallback);
    const lang = detected.lang;
    // Short headlines often hold too few stopwords to tell the language; then every lexicon reads them.
    const active = detected.isConfident ? [detectors.get(lang)] : [...detectors.values()];
    const mentions: (PlaceMention & { field: TextField; span: ReturnType<typeof spanOf> })[] = [];
    const signals: (SignalMatch & { field: TextField; span: ReturnType<typeof spanOf> })[] = [];
    const suppressed: SuppressedSignal[] = [];
    for (const { field, tokens } of tokenized) {
      for (const mention of places.resolve(tokens)) mentions.push({ ...mention, field, span: spanOf(mention, tokens) });
      for (const detector of active) {
        if (detector === undefined) continue;
        const found = detector.detect(tokens);
        for (const signal of found.signals) signals.push({ ...signal, field, span: spanOf(signal, tokens) });
        for (const item of found.suppressed) suppressed.push({ ...item, field });
      }
    }
    // A phrase one lexicon's cues negated stays negated when another lexicon also matched it.
    const suppressedAt = new Set(suppressed.map((item) => `${item.field}:${item.start}`));
    const kept = dedupeSignals(signals).filter((signal) => !suppressedAt.has(`${signal.field}:${signal.span.start}`));
    const combined = combineSignals(kept, lang);
    return {
      lang,
      countries: combineCountries(
        mentions,
        kept.map((signal) => ({ field: signal.field, start: signal.span.start, end: signal.span.end })),
      ),
      signals: combined.signals,
      riskFactors: combined.riskFactors,
      suppressed,
      severity: severityOf(combined.riskFactors),
      version: SCORING_VERSION,
    };
  }

  return { scoreText, langs };
}

/** The same phrase for the same indicator at the same place, found by two lexicons, counts once. */
function dedupeSignals<T extends { field: TextField; first: number; last: number; entry: { indicator: string } }>(
  signals: T[],
): T[] {
  const seen = new Set<string>();
  return signals.filter((signal) => {
    const key = `${signal.field}:${signal.first}:${signal.last}:${signal.entry.indicator}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
