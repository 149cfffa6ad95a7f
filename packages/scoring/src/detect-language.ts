const MIN_CONFIDENT_HITS = 2;

/** `detectLanguage`'s answer when no stopword of any language occurs: the fallback, not confident. */
export const NO_LANGUAGE = -1;

/**
 * Picks the lexicon language whose stopwords occur most often among the text's tokens (the tokenizer
 * counts them while it scans). Detection only has to choose among languages we hold lexicons for, so a
 * trigram model would cost more and add nothing. Confident when the winner has at least
 * MIN_CONFIDENT_HITS stopwords and leads the runner-up by one: a headline with a single "car" or "de" is
 * not evidence of French.
 * Returns the winner's index times two, plus one when confident; NO_LANGUAGE when no stopword occurs.
 * A number rather than an object: it runs once per text, and the caller indexes its detectors with it.
 */
export function detectLanguage(
  titleHits: Float64Array | null,
  textHits: Float64Array,
  languageCount: number,
): number {
  let best = -1;
  let bestCount = 0;
  let secondCount = 0;
  for (let index = 0; index < languageCount; index++) {
    // The title's hits first, as they were summed before: the same additions give the same counts.
    const count = (titleHits === null ? 0 : (titleHits[index] ?? 0)) + (textHits[index] ?? 0);
    if (count > bestCount) {
      secondCount = bestCount;
      best = index;
      bestCount = count;
    } else if (count > secondCount) secondCount = count;
  }
  if (best < 0) return NO_LANGUAGE;
  const isConfident = bestCount >= MIN_CONFIDENT_HITS && bestCount - secondCount >= 1;
  return best * 2 + (isConfident ? 1 : 0);
}
