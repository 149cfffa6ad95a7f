import { foldTokens } from "./fold.ts";

/**
 * Picks the lexicon language whose stopwords occur most often among the text's tokens.
 * Detection only has to choose among languages we hold lexicons for, and reuses the tokens the
 * scorer already made, so it costs one set lookup per token instead of a trigram model.
 */
const MIN_CONFIDENT_HITS = 2;

export class LanguageDetector {
  private readonly stopwords = new Map<string, number[]>();

  constructor(
    private readonly langs: readonly string[],
    stopwordsByLang: readonly (readonly string[])[],
    private readonly fallback: string,
  ) {
    stopwordsByLang.forEach((words, langIndex) => {
      for (const word of words) {
        for (const token of foldTokens(word)) {
          const owners = this.stopwords.get(token) ?? [];
          if (!owners.includes(langIndex)) owners.push(langIndex);
          this.stopwords.set(token, owners);
        }
      }
    });
  }

  /**
   * The detected language, or the fallback when no stopword is seen. Detection is confident when the
   * winner has at least MIN_CONFIDENT_HITS stopwords and leads the runner-up by one: a headline with a
   * single "car" or "de" is not evidence of French.
   */
  detect(words: readonly string[]): { lang: string; isConfident: boolean } {
    const counts = new Array<number>(this.langs.length).fill(0);
    for (const word of words) {
      const owners = this.stopwords.get(word);
      if (owners === undefined) continue;
      // A word shared by several languages ("de", "la") counts for each, but less.
      for (const owner of owners) counts[owner] = (counts[owner] as number) + 1 / owners.length;
    }
    let best = -1;
    let bestCount = 0;
    let secondCount = 0;
    counts.forEach((count, index) => {
      if (count > bestCount) {
        secondCount = bestCount;
        best = index;
        bestCount = count;
      } else if (count > secondCount) secondCount = count;
    });
    if (best < 0) return { lang: this.fallback, isConfident: false };
    return { lang: this.langs[best] as string, isConfident: bestCount >= MIN_CONFIDENT_HITS && bestCount - secondCount >= 1 };
  }

  /** Whether a folded word is a stopword in any language. */
  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }
}
