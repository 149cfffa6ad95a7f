import { combineSignals, severityOf } from "./combine.ts";
import { combineCountries, mentionSpan, placeEvidence } from "./combine-countries.ts";
import { detectLanguage, NO_LANGUAGE } from "./detect-language.ts";
import type { Findings } from "./findings.ts";
import { IndicatorTable } from "./indicator-table.ts";
import { keepCounted } from "./keep-counted.ts";
import { MatchBuffer } from "./match-buffer.ts";
import { PhraseIndex } from "./phrase-index.ts";
import { PlaceResolver } from "./place-resolver.ts";
import type { ScorerOptions } from "./scorer-data.ts";
import { SignalDetector } from "./signal-detector.ts";
import { matchSpan, signalEvidence } from "./signal-evidence.ts";
import { type TokenizedText, tokenize } from "./tokenize.ts";
import type { ScoreSummary, TextField, TextScore } from "./types.ts";
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
  /** What `vigil score` prints of `scoreText`'s answer, the same, without the detail of each phrase and place. */
  scoreSummary(input: ScoreInput): ScoreSummary;
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
    const { lang, mentions, signals, suppressed } = findAll(input);
    const combined = combineSignals(signals ?? NONE, lang, indicators, signalEvidence);
    return {
      lang,
      countries: mentions === undefined ? [] : combineCountries(mentions, signals ?? NONE, placeEvidence),
      signals: combined.signals,
      riskFactors: combined.riskFactors,
      suppressed: suppressed ?? [],
      severity: severityOf(combined.riskFactors),
      version: SCORING_VERSION,
    };
  }

  // The same combining, with each match and mention standing as its own evidence: a summary reads only spans.
  // Its lists are read-only, so an empty one is shared, and a text without signals (a third of headlines)
  // skips combining them.
  function scoreSummary(input: ScoreInput): ScoreSummary {
    const { lang, mentions, signals } = findAll(input);
    const countries =
      mentions === undefined ? NONE : combineCountries(mentions, signals ?? NONE, mentionSpan);
    if (signals === undefined || signals.length === 0)
      return { countries, signals: NONE, riskFactors: NONE, severity: 0 };
    const combined = combineSignals(signals, lang, indicators, matchSpan);
    return {
      countries,
      signals: combined.signals,
      riskFactors: combined.riskFactors,
      severity: severityOf(combined.riskFactors),
    };
  }

  /** The language, the place mentions and the signals that count, and the signals set aside. */
  function findAll(input: ScoreInput): Found {
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
    const found: Found = { lang, mentions: undefined, signals: undefined, suppressed: undefined };
    if (title) collect("title", title, hits[0] as MatchBuffer, active, found);
    collect("text", text, hits[1] as MatchBuffer, active, found);
    const { signals, suppressed } = found;
    if (signals !== undefined && ((active.length > 1 && signals.length > 1) || suppressed !== undefined))
      found.signals = keepCounted(signals, suppressed ?? NONE, trie.longest, indicators.size);
    return found;
  }

  function collect(
    field: TextField,
    tokens: TokenizedText,
    buffer: MatchBuffer,
    active: readonly SignalDetector[],
    found: Findings,
  ): void {
    trie.scan(tokens, buffer);
    // Readers none of whose phrases occur have nothing to do: most texts hold one lexicon's phrases at most.
    const tags = buffer.tagUnion;
    if ((tags & PLACE_TAG) !== 0) places.resolve(tokens, buffer, field, found);
    for (const detector of active) {
      if ((tags & detector.tag) !== 0) detector.detect(tokens, buffer, field, found);
    }
  }

  return { scoreText, scoreSummary, langs };
}

type Found = Findings & { lang: string };

/** An empty list to read: what a text without matches or mentions combines. */
const NONE: readonly never[] = Object.freeze([]);
