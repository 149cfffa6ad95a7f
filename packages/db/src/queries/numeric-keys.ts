/**
 * Numbers standing for (day, country) and (day, country, factor or indicator), for the maps of the ingest
 * hot path: a string key was built and hashed anew on every lookup, a hot spot of the storing thread.
 * Country codes are two upper-case letters A–Z here: items are checked before they are stored.
 */

// Factor ids ("13") and indicator ids ("8.8") get a small number in the order first seen. The taxonomy
// bounds them (~140); the cap only guards the arithmetic below.
const KEY_NUMBERS = new Map<string, number>();
const MAX_KEYS = 4096;

/**
 * day × 1,024 plus a number below 1,024 for the code: unique to (day, country) for any whole day. Times
 * 4,096 plus a key's number it stays exact (below 2^53) for days within ±2^20 of 1970 (±2,800 years).
 */
export function countryDayKey(day: number, iso2: string): number {
  return (day * 32 + (iso2.charCodeAt(0) - 64)) * 32 + (iso2.charCodeAt(1) - 64);
}

/** The number of a factor or indicator id, the same for the life of the process. */
export function keyNumber(key: string): number {
  let number = KEY_NUMBERS.get(key);
  if (number === undefined) {
    number = KEY_NUMBERS.size;
    if (number >= MAX_KEYS) throw new Error(`More than ${MAX_KEYS} factor and indicator ids: ${key}`);
    KEY_NUMBERS.set(key, number);
  }
  return number;
}

/** A number unique to (country, factor or indicator, day). */
export function evidenceKey(iso2: string, key: string, day: number): number {
  return countryDayKey(day, iso2) * MAX_KEYS + keyNumber(key);
}
