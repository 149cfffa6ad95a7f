const MIN_CONFIDENT_HITS = 2;

/**
 * Picks the lexicon language whose stopwords occur most often among the text's tokens (the tokenizer
 * counts them while it scans). Detection only has to choose among languages we hold lexicons for, so a
 * trigram model would cost more and add nothing. Confident when the winner has at least
 * MIN_CONFIDENT_HITS stopwords and leads the runner-up by one: a headline with a single "car" or "de" is
 * not evidence of French.
 */
export function detectLanguage(
  hits: readonly Float64Array[],
  langs: readonly string[],
  fallback: string,
): { lang: string; isConfident: boolean } {
  let best = -1;
  let bestCount = 0;
  let secondCount = 0;
  for (let index = 0; index < langs.length; index++) {
    let count = 0;
    for (const field of hits) count += field[index] ?? 0;
    if (count > bestCount) {
      secondCount = bestCount;
      best = index;
      bestCount = count;
    } else if (count > secondCount) secondCount = count;
  }
  if (best < 0) return { lang: fallback, isConfident: false };
  return {
    lang: langs[best] as string,
    isConfident: bestCount >= MIN_CONFIDENT_HITS && bestCount - secondCount >= 1,
  };
}
