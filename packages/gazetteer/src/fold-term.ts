// Letters that Unicode does not decompose into a base letter plus a combining mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
};

/**
 * Folds text the way the gazetteer compares terms: lower case, diacritics removed, anything that
 * is not a letter or digit turned into one space. The scorer may reuse it so that both agree.
 */
export function foldTerm(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßøæœłđðþıħ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
