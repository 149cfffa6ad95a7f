import { INDICATOR_IDS } from "./framework.ts";
import { CUE_KINDS, CUE_SCOPES, checkLexiconSets, type Lexicon } from "./lexicon-schema.ts";

/**
 * A plain-code check that a parsed lexicon file is well formed, used before LexiconSchema at start-up.
 *
 * Why: the scorer loads every lexicon when it builds its index, and zod's first pass over ~4,000 entries
 * costs ~70 ms of cold JIT time, a third of the start-up budget. This check accepts only what the schema
 * accepts (a test compares the two on the shipped files and on broken variants); anything it rejects goes
 * through LexiconSchema, which then explains what is wrong. It never reports errors itself.
 */
export function isWellFormedLexicon(raw: unknown): raw is Lexicon {
  if (!hasExactKeys(raw, LEXICON_KEYS)) return false;
  const { lang, name, entries, cues, exclusions, stopwords } = raw as Record<string, unknown>;
  if (typeof lang !== "string" || !/^[a-z]{2,3}$/.test(lang)) return false;
  if (typeof name !== "string" || name.length === 0) return false;
  if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isEntry)) return false;
  if (!Array.isArray(cues) || !cues.every(isCue)) return false;
  if (!Array.isArray(exclusions) || !exclusions.every(isPhrase)) return false;
  if (!Array.isArray(stopwords) || stopwords.length === 0 || !stopwords.every(isPhrase)) return false;
  let isClean = true;
  checkLexiconSets(raw as Lexicon, () => {
    isClean = false;
  });
  return isClean;
}

const LEXICON_KEYS = ["lang", "name", "entries", "cues", "exclusions", "stopwords"];
const ENTRY_KEYS = ["phrase", "indicator", "weight", "polarity"];
const CUE_KEYS = ["phrase", "kind", "scope"];
const INDICATOR_SET: ReadonlySet<string> = new Set(INDICATOR_IDS);
const KIND_SET: ReadonlySet<string> = new Set(CUE_KINDS);
const SCOPE_SET: ReadonlySet<string> = new Set(CUE_SCOPES);

/** A plain object with exactly these own keys (zod's strictObject rejects unknown keys). */
function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

/** PhraseSchema: non-empty, trimmed, single-spaced. */
function isPhrase(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value === value.trim() && !/\s{2,}/.test(value);
}

function isEntry(value: unknown): boolean {
  if (!hasExactKeys(value, ENTRY_KEYS)) return false;
  const { phrase, indicator, weight, polarity } = value;
  return (
    isPhrase(phrase) &&
    typeof indicator === "string" &&
    INDICATOR_SET.has(indicator) &&
    typeof weight === "number" &&
    Number.isFinite(weight) &&
    weight > 0 &&
    weight <= 1 &&
    (polarity === 1 || polarity === -1)
  );
}

function isCue(value: unknown): boolean {
  if (!hasExactKeys(value, CUE_KEYS)) return false;
  const { phrase, kind, scope } = value;
  return (
    isPhrase(phrase) &&
    typeof kind === "string" &&
    KIND_SET.has(kind) &&
    typeof scope === "string" &&
    SCOPE_SET.has(scope)
  );
}
