import { foldTokens } from "./fold.ts";

/**
 * Picks the lexicon language whose stopwords occur most often among the text's tokens.
 * Detection only has to choose among languages we hold lexicons for, and reuses the tokens the
 * scorer already made, so it costs one set lookup per token instead of a trigram model.
 */
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

  /** Returns the detected language code, or the fallback when no stopword is seen. */
  detect(words: readonly string[]): string {
    const counts = new Array<number>(this.langs.length).fill(0);
    for (const word of words) {
      const owners = this.stopwords.get(word);
      if (owners === undefined) continue;
      // A word shared by several languages ("de", "la") counts for each, but less.
      for (const owner of owners) counts[owner] = (counts[owner] as number) + 1 / owners.length;
    }
    let best = -1;
    let bestCount = 0;
    counts.forEach((count, index) => {
      if (count > bestCount) {
        best = index;
        bestCount = count;
      }
    });
    return best < 0 ? this.fallback : (this.langs[best] as string);
  }

  /** Whether a folded word is a stopword in any language. */
  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }
}
