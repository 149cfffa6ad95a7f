import { fingerprintHashes } from "@vigil/scoring";

/**
 * Reads a fingerprint's word hashes into `into` from `offset`, sorted ascending, and returns how many;
 * `into` must have room for `fingerprint.length >>> 3` of them. storyFingerprint writes its hashes
 * sorted and distinct, so this normally just parses; a fingerprint that is not (never written by Vigil)
 * goes through fingerprintHashes and a sort, and is made distinct when `isDistinct`, so the merge in
 * wordSimilarity keeps storySimilarity's set maths.
 */
export function readWords(
  fingerprint: string,
  into: Uint32Array,
  offset: number,
  isDistinct: boolean,
): number {
  const count = fingerprint.length >>> 3;
  if (parseSortedWords(fingerprint, into, offset) === count) return count;
  let words = Uint32Array.from(fingerprintHashes(fingerprint)).sort();
  if (isDistinct) words = words.filter((word, index) => index === 0 || word !== words[index - 1]);
  into.set(words, offset);
  return words.length;
}

/** A reused buffer for the words of the item being matched: sorted and distinct, like storySimilarity's Set. */
export class QueryWords {
  words = new Uint32Array(32);
  count = 0;

  /** Reads `fingerprint` into the buffer; `count` words are valid afterwards. */
  read(fingerprint: string): void {
    const length = fingerprint.length >>> 3;
    if (this.words.length < length) this.words = new Uint32Array(length);
    this.count = readWords(fingerprint, this.words, 0, true);
  }
}

/**
 * storySimilarity of the query and `right[start, end)` (sorted; a repeated word counts each time, as
 * storySimilarity counts its right side) by one merge, 0 when either is empty. The same integers are
 * divided the same way, so the result is the identical double.
 */
export function wordSimilarity(query: QueryWords, right: Uint32Array, start: number, end: number): number {
  const leftCount = query.count;
  if (leftCount === 0 || end <= start) return 0;
  const shared = sharedWords(query, right, start, end, 0);
  return shared / (leftCount + (end - start) - shared);
}

/**
 * wordSimilarity when it reaches `threshold`, else some value below it (0), for a `right` side that is
 * strictly increasing (as every fingerprint Vigil writes reads). An item meets ~40 candidate clusters
 * per lookup and joins almost none, so the merge stops once too few words are left to share enough:
 * the result is shared / (total − shared), which grows with `shared`, so a count below the least one
 * that reaches the threshold (found with the same division) can't reach it either.
 */
export function wordSimilarityAtLeast(
  query: QueryWords,
  right: Uint32Array,
  start: number,
  end: number,
  threshold: number,
): number {
  const leftCount = query.count;
  const rightCount = end - start;
  if (leftCount === 0 || rightCount <= 0 || threshold <= 0) return wordSimilarity(query, right, start, end);
  const total = leftCount + rightCount;
  const most = leftCount < rightCount ? leftCount : rightCount;
  // The least shared count whose similarity reaches the threshold; the estimate starts low (float
  // rounding) and steps up through the very division the result is computed with.
  let need = Math.max(0, Math.ceil((threshold * total) / (1 + threshold)) - 2);
  while (need <= most && need / (total - need) < threshold) need++;
  if (need > most) return 0;
  const shared = sharedWords(query, right, start, end, need);
  return shared < need ? 0 : shared / (total - shared);
}

/**
 * The words the query shares with `right[start, end)`, by one merge. With `need` > 0 (and `right` strictly
 * increasing, so each remaining word can add one at most) it stops, returning less than `need`, as soon as
 * too few words are left to reach it.
 */
function sharedWords(
  query: QueryWords,
  right: Uint32Array,
  start: number,
  end: number,
  need: number,
): number {
  const left = query.words;
  const leftCount = query.count;
  let shared = 0;
  let i = 0;
  let j = start;
  while (i < leftCount && j < end) {
    const a = left[i] as number;
    const b = right[j] as number;
    if (a === b) {
      shared++;
      j++;
      continue;
    }
    if (a < b) i++;
    else j++;
    const rest = leftCount - i < end - j ? leftCount - i : end - j;
    if (shared + rest < need) return shared;
  }
  return shared;
}

/**
 * Parses 8-hex-digit words into `into` from `offset` while they are valid hex and strictly increasing;
 * returns how many it parsed, so a count short of `fingerprint.length >>> 3` means "take the slow path".
 */
function parseSortedWords(fingerprint: string, into: Uint32Array, offset: number): number {
  const count = fingerprint.length >>> 3;
  let previous = -1;
  for (let word = 0; word < count; word++) {
    let value = 0;
    for (let at = word * 8, end = at + 8; at < end; at++) {
      const digit = hexDigit(fingerprint.charCodeAt(at));
      if (digit < 0) return word;
      value = value * 16 + digit;
    }
    if (value <= previous) return word;
    into[offset + word] = value;
    previous = value;
  }
  return count;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
