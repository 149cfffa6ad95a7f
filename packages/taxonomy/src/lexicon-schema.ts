import { z } from "zod";
import { IndicatorIdSchema } from "./framework.ts";

/**
 * Case- and diacritic-folding used to compare phrases ("Tués" and "tues" are the same phrase).
 * The scorer matches text folded this way, so two phrases that fold alike are duplicates.
 */
export function foldPhrase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

// Phrases are matched exactly on word boundaries, so stray or doubled spaces would never match.
const PhraseSchema = z
  .string()
  .min(1, "phrase is empty")
  .refine(
    (phrase) => phrase === phrase.trim() && !/\s{2,}/.test(phrase),
    "phrase must be trimmed and single-spaced",
  );

/** Maps one phrase to one indicator; a phrase that signals several indicators has several entries. */
export const LexiconEntrySchema = z.strictObject({
  phrase: PhraseSchema,
  indicator: IndicatorIdSchema,
  /** How strongly the phrase signals the indicator: "genocide" 1, "curfew" 0.4. */
  weight: z.number().gt(0, "weight must be above 0").lte(1, "weight must be at most 1"),
  /** 1 raises the indicator (a risk signal); -1 lowers it (a mitigating signal such as "ceasefire agreed"). */
  polarity: z.union([z.literal(1), z.literal(-1)]),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

/** What a cue does to nearby signals: negation and non-event drop them, hedge halves them. */
export const CUE_KINDS = ["negation", "hedge", "non-event"] as const;
/** Where a cue must sit relative to the signal: a few words before, a few words after, or anywhere in the sentence. */
export const CUE_SCOPES = ["before", "after", "sentence"] as const;

/** A word or phrase that negates, hedges or fictionalises signals near it. */
export const CueSchema = z.strictObject({
  phrase: PhraseSchema,
  kind: z.enum(CUE_KINDS),
  scope: z.enum(CUE_SCOPES),
});
export type Cue = z.infer<typeof CueSchema>;
export type CueKind = Cue["kind"];
export type CueScope = Cue["scope"];

/** Where a whole-file rule failed, and why. */
export type ReportIssue = (path: (string | number)[], message: string) => void;

function checkUnique<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  describe: (item: T) => string,
  path: string,
  report: ReportIssue,
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    report([path, index], `duplicate ${describe(item)} (same as ${path}[${first}])`);
  });
}

/** One language's lexicon file, e.g. data/lexicons/fr.json. */
export const LexiconSchema = z
  .strictObject({
    lang: z.string().regex(/^[a-z]{2,3}$/, "lang must be a lowercase ISO 639 code such as 'fr'"),
    name: z.string().min(1),
    entries: z.array(LexiconEntrySchema).min(1),
    cues: z.array(CueSchema),
    exclusions: z.array(PhraseSchema),
    stopwords: z.array(PhraseSchema).min(1),
  })
  .superRefine((lexicon, ctx) =>
    checkLexiconSets(lexicon, (path, message) => ctx.addIssue({ code: "custom", path, message })),
  );

/** The whole-file rules: no duplicates after folding, and no exclusion that is also an entry phrase. */
export function checkLexiconSets(
  lexicon: Pick<Lexicon, "entries" | "cues" | "exclusions" | "stopwords">,
  report: ReportIssue,
): void {
  checkUnique(
    lexicon.entries,
    (entry) => `${foldPhrase(entry.phrase)}\u0000${entry.indicator}`,
    (entry) => `entry "${entry.phrase}" → ${entry.indicator}`,
    "entries",
    report,
  );
  checkUnique(
    lexicon.cues,
    (cue) => `${foldPhrase(cue.phrase)}\u0000${cue.kind}\u0000${cue.scope}`,
    (cue) => `cue "${cue.phrase}" (${cue.kind}, ${cue.scope})`,
    "cues",
    report,
  );
  checkUnique(lexicon.exclusions, foldPhrase, (phrase) => `exclusion "${phrase}"`, "exclusions", report);
  checkUnique(lexicon.stopwords, foldPhrase, (word) => `stopword "${word}"`, "stopwords", report);
  // An exclusion suppresses every overlapping signal, so an entry equal to an exclusion could never fire.
  const signalPhrases = new Set(lexicon.entries.map((entry) => foldPhrase(entry.phrase)));
  lexicon.exclusions.forEach((phrase, index) => {
    if (signalPhrases.has(foldPhrase(phrase))) {
      report(["exclusions", index], `exclusion "${phrase}" is also an entry phrase`);
    }
  });
}
export type Lexicon = z.infer<typeof LexiconSchema>;
