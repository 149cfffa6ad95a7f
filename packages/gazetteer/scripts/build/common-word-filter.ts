import { foldTerm } from "../../src/fold-term.ts";
import { PLACE_FLAGS, type PlaceKind, type PlaceTerm } from "../../src/place-kinds.ts";
import { isGenericName, ROMANCE_COMMON_WORDS, UNFLAGGED_COMMON_NAMES } from "../overrides/common-words.ts";
import { CASE_SENSITIVE_NAMES } from "../overrides/word-lists.ts";
import type { Candidate } from "./candidate.ts";

/** Kinds of term checked against common words; names of countries, peoples and groups are reviewed by hand. */
export const COMMON_WORD_KINDS: ReadonlySet<PlaceKind> = new Set([
  "alias",
  "capital",
  "city",
  "admin1",
  "subnational",
]);

/** Why a name can't be a term: only generic words, or a pt/es/fr word not reviewed as case-sensitive. */
export type CommonWordVerdict = "generic" | "common word";

/** The verdict on one candidate, or undefined when its name is usable. */
export function commonWordVerdict(
  c: Candidate,
  stopwords: ReadonlySet<string>,
): CommonWordVerdict | undefined {
  if (isGenericName(c.fold, stopwords)) return "generic";
  const isReviewed = CASE_SENSITIVE_NAMES.has(c.fold) || UNFLAGGED_COMMON_NAMES.has(c.fold);
  if (COMMON_WORD_KINDS.has(c.kind) && ROMANCE_COMMON_WORDS.has(c.fold) && !isReviewed) return "common word";
  return undefined;
}

/**
 * Report lines for generated names dropped as generic or common words, one per name, with the
 * countries that would have had it. Towns that only compete for a name are left out.
 */
export function commonWordReport(dropped: readonly [Candidate, CommonWordVerdict][]): string[] {
  const byName = new Map<string, Set<string>>();
  for (const [c, verdict] of dropped) {
    if (!c.isEmitted) continue;
    const key = `${verdict} "${c.fold}"`;
    byName.set(key, (byName.get(key) ?? new Set()).add(`${c.iso2} ${c.kind}`));
  }
  return [...byName].map(([key, readings]) => `${key}: ${[...readings].sort().join(", ")}, dropped`);
}

/** Hand-written terms must not need the filter: it would silently undo a reviewed decision. */
export function assertHandTermsUsable(hand: readonly Candidate[], stopwords: ReadonlySet<string>): void {
  const problems = hand.flatMap((c) => {
    const verdict = commonWordVerdict(c, stopwords);
    if (verdict === undefined) return [];
    const what = verdict === "generic" ? "made only of generic words" : "a common pt/es/fr word";
    return [`'${c.term}' (${c.iso2} ${c.kind}) is ${what}`];
  });
  if (problems.length > 0) {
    throw new Error(
      `Hand-written terms rejected; remove them or review them in scripts/overrides/common-words.ts:\n${problems.join("\n")}`,
    );
  }
}

/**
 * Terms that are lower-case words of the English word list but carry no CASE_SENSITIVE flag.
 * The list was reviewed into `CASE_SENSITIVE_NAMES`; this finds what a source update adds.
 */
export function unflaggedEnglishWords(
  terms: readonly PlaceTerm[],
  englishWords: ReadonlySet<string>,
): string[] {
  return terms
    .filter((t) => COMMON_WORD_KINDS.has(t.kind) && (t.flags & PLACE_FLAGS.CASE_SENSITIVE) === 0)
    .map((t) => ({ t, fold: foldTerm(t.term) }))
    .filter(({ fold }) => englishWords.has(fold) && !UNFLAGGED_COMMON_NAMES.has(fold))
    .map(({ t, fold }) => `unreviewed English word "${fold}": ${t.iso2} ${t.kind}`);
}
