import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getIndicator, RISK_FACTORS } from "./framework.ts";
import { CUE_KINDS, foldPhrase, LEXICON_DIR, type Lexicon, LexiconError, loadLexicons } from "./lexicons.ts";

const LEXICONS = loadLexicons();
const byLang = (lang: string): Lexicon =>
  LEXICONS.find((lexicon) => lexicon.lang === lang) ?? expect.unreachable();

// Minimums that keep every language useful; the counts in docs/TAXONOMY.md are well above them.
const MIN_ENTRIES: Record<string, number> = { en: 300, fr: 150, es: 150 };
const MIN_RISK_ENTRIES_PER_FACTOR = 5;
const MIN_CUES_PER_KIND = 10;

// Bare words that are ordinary vocabulary in tech, sport, business or lifestyle text: never signals on their own.
const AMBIGUOUS_WORDS: Record<string, string[]> = {
  en: [
    "attack",
    "attacks",
    "shot",
    "shooting",
    "war",
    "bomb",
    "fire",
    "strike",
    "crash",
    "police",
    "army",
    "execute",
    "executed",
    "battle",
    "fight",
    "raid",
  ],
  fr: [
    "attaque",
    "guerre",
    "bombe",
    "feu",
    "frappe",
    "grève",
    "police",
    "armée",
    "tir",
    "tirs",
    "exécuté",
    "coup",
    "combat",
  ],
  es: [
    "ataque",
    "guerra",
    "bomba",
    "fuego",
    "huelga",
    "policía",
    "ejército",
    "disparo",
    "disparos",
    "golpe",
    "ejecutado",
    "combate",
  ],
};

describe("loadLexicons on the shipped data", () => {
  it("loads en, es and fr, sorted by language", () => {
    expect(LEXICONS.map((lexicon) => lexicon.lang)).toEqual(["en", "es", "fr"]);
  });

  it.each(Object.entries(MIN_ENTRIES))(
    "%s has at least %i entries, all with known indicators",
    (lang, min) => {
      const lexicon = byLang(lang);
      expect(lexicon.entries.length).toBeGreaterThanOrEqual(min);
      for (const entry of lexicon.entries)
        expect(getIndicator(entry.indicator), entry.indicator).toBeDefined();
    },
  );

  it.each(LEXICONS.map((lexicon) => [lexicon.lang, lexicon] as const))(
    "%s covers every risk factor with risk entries",
    (_lang, lexicon) => {
      for (const factor of RISK_FACTORS) {
        const risk = lexicon.entries.filter(
          (entry) => entry.polarity === 1 && getIndicator(entry.indicator)?.riskFactor === factor.id,
        );
        expect(risk.length, `risk factor ${factor.id}`).toBeGreaterThanOrEqual(MIN_RISK_ENTRIES_PER_FACTOR);
      }
      expect(lexicon.entries.filter((entry) => entry.polarity === -1).length).toBeGreaterThanOrEqual(20);
    },
  );

  it.each(LEXICONS.map((lexicon) => [lexicon.lang, lexicon] as const))(
    "%s has no phrase that is both an entry and an exclusion",
    (_lang, lexicon) => {
      const exclusions = new Set(lexicon.exclusions.map(foldPhrase));
      const clashes = lexicon.entries.filter((entry) => exclusions.has(foldPhrase(entry.phrase)));
      expect(clashes).toEqual([]);
    },
  );

  it.each(LEXICONS.map((lexicon) => [lexicon.lang, lexicon] as const))(
    "%s has enough cues of each kind, stopwords and exclusions",
    (_lang, lexicon) => {
      for (const kind of CUE_KINDS) {
        const count = lexicon.cues.filter((cue) => cue.kind === kind).length;
        expect(count, kind).toBeGreaterThanOrEqual(MIN_CUES_PER_KIND);
      }
      expect(lexicon.stopwords.length).toBeGreaterThanOrEqual(90);
      expect(lexicon.exclusions.length).toBeGreaterThanOrEqual(40);
    },
  );

  it.each(LEXICONS.map((lexicon) => [lexicon.lang, lexicon] as const))(
    "%s has no entry containing a negation or hedge cue, which would make cue windows ambiguous",
    (_lang, lexicon) => {
      const cues = lexicon.cues
        .filter((cue) => cue.kind !== "non-event")
        .map((cue) => ` ${foldPhrase(cue.phrase)} `);
      const offending = lexicon.entries
        .map((entry) => ` ${foldPhrase(entry.phrase)} `)
        .filter((phrase) => cues.some((cue) => phrase.includes(cue)));
      expect(offending).toEqual([]);
    },
  );

  it.each(Object.entries(AMBIGUOUS_WORDS))("%s avoids bare ambiguous words", (lang, words) => {
    const phrases = new Set(byLang(lang).entries.map((entry) => foldPhrase(entry.phrase)));
    expect(words.filter((word) => phrases.has(foldPhrase(word)))).toEqual([]);
  });

  it("lists inflected forms, since matching does no stemming", () => {
    const has = (lang: string, phrase: string) =>
      byLang(lang).entries.some((entry) => foldPhrase(entry.phrase) === foldPhrase(phrase));
    for (const phrase of [
      "massacre",
      "massacres",
      "massacred",
      "killed",
      "killings",
      "mass grave",
      "mass graves",
    ]) {
      expect(has("en", phrase), phrase).toBe(true);
    }
    for (const phrase of ["tué", "tués", "tuée", "tuées", "charniers"])
      expect(has("fr", phrase), phrase).toBe(true);
    for (const phrase of ["asesinado", "asesinados", "asesinada", "asesinadas", "fosas comunes"]) {
      expect(has("es", phrase), phrase).toBe(true);
    }
  });

  it("weights the strongest signals highest", () => {
    const weight = (phrase: string, indicator: string) =>
      byLang("en").entries.find((entry) => entry.phrase === phrase && entry.indicator === indicator)?.weight;
    expect(weight("genocide", "10.2")).toBe(1);
    expect(weight("mass grave", "11.1")).toBeGreaterThan(weight("killed", "1.1") ?? 1);
    expect(weight("ceasefire agreed", "1.1")).toBeDefined();
  });
});

describe("loadLexicons on a broken directory", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function loadWith(file: string, edit: (lexicon: Record<string, unknown[]>) => void): () => Lexicon[] {
    const dir = mkdtempSync(join(tmpdir(), "vigil-lexicons-"));
    dirs.push(dir);
    const lexicon = JSON.parse(readFileSync(join(LEXICON_DIR, "en.json"), "utf8"));
    edit(lexicon);
    writeFileSync(join(dir, file), JSON.stringify(lexicon));
    return () => loadLexicons(dir);
  }
  const entry = (phrase: string, indicator: string) => ({ phrase, indicator, weight: 0.5, polarity: 1 });

  it("names the file and the entry with an unknown indicator", () => {
    const load = loadWith("en.json", (lexicon) => lexicon.entries?.push(entry("pogrom", "99.1")));
    expect(load).toThrow(LexiconError);
    expect(load).toThrow(/en\.json.*\n.*entries\[\d+\] "pogrom" indicator/);
  });

  it("rejects invalid JSON and a file whose name is not its language", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigil-lexicons-"));
    dirs.push(dir);
    writeFileSync(join(dir, "de.json"), "{ not json");
    expect(() => loadLexicons(dir)).toThrow(/Lexicon file 'de\.json' is not valid JSON/);
    expect(loadWith("de.json", () => {})).toThrow(/'de\.json' declares lang 'en'; expected 'de'/);
  });

  it("rejects a directory without lexicons", () => {
    const dir = mkdtempSync(join(tmpdir(), "vigil-lexicons-"));
    dirs.push(dir);
    expect(() => loadLexicons(dir)).toThrow(/No lexicon files/);
  });
});
