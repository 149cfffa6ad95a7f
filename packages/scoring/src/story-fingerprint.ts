import { foldTokens } from "./fold.ts";

/**
 * Near-duplicate detection for headlines, so the same wire story from several outlets counts once.
 *
 * A 64-bit SimHash with Hamming distance ≤ 3 was tried first and rejected: on 8–12-word headlines one
 * changed word ("kill" → "killed") moves about 19 of 64 bits, as far as an unrelated story about the same
 * country. Word-set Jaccard separates them cleanly (same story edited ≥ 0.67, different stories about the
 * same country ≤ 0.36 on the tests), so the fingerprint is the set of hashed words, and MinHash bands
 * (LSH) find candidates through an index without comparing against every recent story.
 */

/** Jaccard similarity of word sets at or above which two texts are the same story. */
export const NEAR_DUPLICATE_SIMILARITY = 0.55;
/** LSH bands of three MinHash values each: similarity 0.6 meets a candidate 97% of the time, 0.1 only 1.4%. */
export const FINGERPRINT_BANDS = 14;
/** Titles with fewer words than this borrow words from the summary (field alerts often have no title). */
const MIN_TITLE_WORDS = 6;
/** At most this many distinct words make a fingerprint; a headline and the start of a lede fit. */
const MAX_WORDS = 24;
const ROWS_PER_BAND = 3;

/** Builds the fingerprint of a story: sorted 32-bit hashes of its distinct words, as hex. "" when wordless. */
export function storyFingerprint(title: string, summary = ""): string {
  const words = significantWords(title);
  if (words.length < MIN_TITLE_WORDS) {
    for (const word of significantWords(summary)) {
      if (words.length >= MIN_TITLE_WORDS * 2) break;
      words.push(word);
    }
  }
  const hashes = new Set<number>();
  for (const word of words) {
    if (hashes.size >= MAX_WORDS) break;
    hashes.add(hashWord(word));
  }
  return [...hashes]
    .sort((a, b) => a - b)
    .map((hash) => hash.toString(16).padStart(8, "0"))
    .join("");
}

/** The word hashes a fingerprint holds. */
export function fingerprintHashes(fingerprint: string): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + 8 <= fingerprint.length; i += 8)
    hashes.push(Number.parseInt(fingerprint.slice(i, i + 8), 16));
  return hashes;
}

/** The LSH band keys of a fingerprint (unsigned 32-bit, band number mixed in); [] when wordless. */
export function fingerprintBands(fingerprint: string): number[] {
  const hashes = fingerprintHashes(fingerprint);
  if (hashes.length === 0) return [];
  const bands: number[] = [];
  for (let band = 0; band < FINGERPRINT_BANDS; band++) {
    let key = mix32(band + 1);
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      const seed = mix32(0x9e3779b9 + band * ROWS_PER_BAND + row);
      let min = 0xffffffff;
      for (const hash of hashes) min = Math.min(min, mix32((hash ^ seed) >>> 0));
      key = mix32((key ^ min) >>> 0);
    }
    bands.push(key);
  }
  return bands;
}

/** Jaccard similarity of two fingerprints' word sets, 0 when either is wordless. */
export function storySimilarity(a: string, b: string): number {
  const left = new Set(fingerprintHashes(a));
  const right = fingerprintHashes(b);
  if (left.size === 0 || right.length === 0) return 0;
  let shared = 0;
  for (const hash of right) if (left.has(hash)) shared++;
  return shared / (left.size + right.length - shared);
}

/** Whether two fingerprints are the same story, slightly edited. */
export function isNearDuplicate(a: string, b: string): boolean {
  return storySimilarity(a, b) >= NEAR_DUPLICATE_SIMILARITY;
}

// Words of one or two letters ("in", "of", "a") are mostly function words that make different stories
// look alike; numbers stay, because "12 killed" and "8 killed" are different events.
function significantWords(text: string): string[] {
  return foldTokens(text).filter((word) => word.length >= 3 || /^\d+$/.test(word));
}

/** FNV-1a over UTF-16 code units, finished with a mixer so similar words land far apart. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return mix32(hash >>> 0);
}

/** MurmurHash3's 32-bit finaliser: a bijection, so `mix32(h ^ seed)` is a fresh permutation per seed. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
