import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isWellFormedLexicon } from "./lexicon-fast-check.ts";
import { LexiconSchema } from "./lexicon-schema.ts";
import { LEXICON_DIR } from "./lexicons.ts";

const shipped = readdirSync(LEXICON_DIR)
  .filter((file) => file.endsWith(".json"))
  .map((file) => JSON.parse(readFileSync(join(LEXICON_DIR, file), "utf8")) as Record<string, unknown>);

/** One broken copy of a lexicon per rule the schema enforces, each made from a shipped file. */
function brokenVariants(base: Record<string, unknown>): Record<string, unknown>[] {
  const entries = base.entries as Record<string, unknown>[];
  const cues = base.cues as Record<string, unknown>[];
  const withEntry = (patch: Record<string, unknown>) => ({
    ...base,
    entries: [...entries, { ...(entries[0] as object), phrase: "zz unique phrase", ...patch }],
  });
  const withCue = (patch: Record<string, unknown>) => ({
    ...base,
    cues: [...cues, { phrase: "zz unique cue", kind: "negation", scope: "before", ...patch }],
  });
  const { stopwords: _dropped, ...withoutStopwords } = base;
  return [
    null,
    [],
    "lexicon",
    withoutStopwords,
    { ...base, extra: true },
    { ...base, lang: "FR" },
    { ...base, lang: "fren" },
    { ...base, name: "" },
    { ...base, entries: [] },
    { ...base, stopwords: [] },
    { ...base, stopwords: ["le", "le"] },
    { ...base, exclusions: [" tuer le temps"] },
    { ...base, exclusions: [(entries[0] as { phrase: string }).phrase] },
    withEntry({ phrase: "" }),
    withEntry({ phrase: "two  spaces" }),
    withEntry({ phrase: "trailing " }),
    withEntry({ phrase: 7 }),
    withEntry({ indicator: "8.13" }),
    withEntry({ indicator: 8 }),
    withEntry({ weight: 0 }),
    withEntry({ weight: 1.01 }),
    withEntry({ weight: Number.NaN }),
    withEntry({ weight: "0.5" }),
    withEntry({ polarity: 0 }),
    withEntry({ polarity: "1" }),
    withEntry({ note: "extra key" }),
    withEntry({ phrase: (entries[0] as { phrase: string }).phrase.toUpperCase() }),
    withCue({ kind: "doubt" }),
    withCue({ scope: "paragraph" }),
    withCue({ extra: 1 }),
    withCue({ phrase: (cues[0] as { phrase: string }).phrase, kind: cues[0]?.kind, scope: cues[0]?.scope }),
  ] as Record<string, unknown>[];
}

describe("isWellFormedLexicon", () => {
  it("accepts every shipped lexicon, as the schema does", () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3);
    for (const lexicon of shipped) {
      expect(LexiconSchema.safeParse(lexicon).success).toBe(true);
      expect(isWellFormedLexicon(lexicon)).toBe(true);
    }
  });

  it("rejects every broken variant the schema rejects, so the schema still explains the error", () => {
    for (const base of shipped) {
      for (const [index, variant] of brokenVariants(base).entries()) {
        expect(LexiconSchema.safeParse(variant).success, `variant ${index}`).toBe(false);
        expect(isWellFormedLexicon(variant), `variant ${index}`).toBe(false);
      }
    }
  });
});
