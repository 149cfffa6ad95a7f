import { LanguageDetector } from "./detect-language.ts";
import { type PlaceMention, PlaceResolver } from "./place-resolver.ts";
import type { ScorerOptions } from "./scorer-data.ts";
import { SignalDetector, type SignalMatch, spanOf } from "./signal-detector.ts";
import { combineCountries, combineSignals, severityOf } from "./combine.ts";
import { tokenize } from "./tokenize.ts";
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

/** Builds the phrase indexes once; scoring then costs one linear pass per field. */
export function createScorer(options: ScorerOptions): Scorer {
  const langs = options.lexicons.map((lexicon) => lexicon.lang);
  const fallback = options.defaultLang ?? "en";
  const languages = new LanguageDetector(
    langs,
    options.lexicons.map((lexicon) => lexicon.stopwords),
    fallback,
  );
  const detectors = new Map(options.lexicons.map((lexicon) => [lexicon.lang, new SignalDetector(lexicon)]));
  const places = new PlaceResolver(options.places, options.contextRules, languages);

  function scoreText(input: ScoreInput): TextScore {
    const fields: { field: TextField; value: string }[] = [];
    if (input.title) fields.push({ field: "title", value: input.title });
    fields.push({ field: "text", value: input.text });
    const tokenized = fields.map(({ field, value }) => ({ field, tokens: tokenize(value) }));
    const lang =
      input.lang && detectors.has(input.lang)
        ? input.lang
        : languages.detect(tokenized.flatMap(({ tokens }) => tokens.words));
    const detector = detectors.get(lang);
    const mentions: (PlaceMention & { field: TextField; span: ReturnType<typeof spanOf> })[] = [];
    const signals: (SignalMatch & { field: TextField; span: ReturnType<typeof spanOf> })[] = [];
    const suppressed: SuppressedSignal[] = [];
    for (const { field, tokens } of tokenized) {
      for (const mention of places.resolve(tokens)) mentions.push({ ...mention, field, span: spanOf(mention, tokens) });
      if (detector === undefined) continue;
      const found = detector.detect(tokens);
      for (const signal of found.signals) signals.push({ ...signal, field, span: spanOf(signal, tokens) });
      for (const item of found.suppressed) suppressed.push({ ...item, field });
    }
    const combined = combineSignals(signals, lang);
    return {
      lang,
      countries: combineCountries(mentions),
      signals: combined.signals,
      riskFactors: combined.riskFactors,
      suppressed,
      severity: severityOf(combined.riskFactors),
      version: SCORING_VERSION,
    };
  }

  return { scoreText, langs };
}
