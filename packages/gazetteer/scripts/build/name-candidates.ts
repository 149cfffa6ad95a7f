import { SPANISH_DEMONYMS } from "../overrides/demonyms.ts";
import { type Candidate, candidate, isLatinScript } from "./candidate.ts";
import type { BuildSources, WorldCountry } from "./sources.ts";

/** Weights by kind, from the contract: country name 1.0, alias 0.95, demonym 0.85. */
export const NAME_WEIGHTS = { country: 1, alias: 0.95, demonym: 0.85 } as const;

const FOREIGN_TRANSLATIONS = ["fra", "spa", "deu", "por"];

// Package names with a comma ("Korea, Republic of") or brackets ("Cocos (Keeling) Islands") are
// catalogue forms, not how text names a country.
function isUsableName(name: string | undefined): name is string {
  return !!name && !/[,()]/.test(name) && isLatinScript(name) && name.replace(/\W/g, "").length >= 4;
}

function namesOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** English names, official names, foreign-language and native names of every country. */
export function countryNameCandidates(sources: BuildSources): Candidate[] {
  const { worldCountries, namesByLanguage } = sources;
  return worldCountries.flatMap((wc) => {
    const iso2 = wc.cca2;
    const english = [wc.name.common, wc.name.official, ...namesOf(namesByLanguage.en?.[iso2])];
    const foreign = [
      ...FOREIGN_TRANSLATIONS.map((language) => wc.translations[language]?.common),
      ...Object.entries(namesByLanguage)
        .filter(([language]) => language !== "en")
        .flatMap(([, names]) => namesOf(names[iso2])),
      ...Object.values(wc.name.native ?? {}).map((native) => native.common),
      ...wc.altSpellings,
    ];
    return [
      ...english
        .filter(isUsableName)
        .map((term) =>
          candidate({ term, iso2, kind: "country", weight: NAME_WEIGHTS.country, source: "name" }),
        ),
      ...foreign
        .filter(isUsableName)
        .map((term) =>
          candidate({ term, iso2, kind: "alias", weight: NAME_WEIGHTS.alias, source: "foreign" }),
        ),
    ];
  });
}

/** English plural of a demonym ("Nigerian" → "Nigerians"); none for "Swiss", "Chinese", "Dutch". */
export function englishPlural(demonym: string): string | undefined {
  if (/(ese|ss|sh|s|x|z)$/i.test(demonym)) return undefined;
  if (/ch$/i.test(demonym) && !/zech$/i.test(demonym)) return undefined;
  return `${demonym}s`;
}

/** Spanish forms of a masculine-singular demonym: "sirio" → sirio, siria, sirios, sirias. */
export function spanishForms(masculine: string): string[] {
  if (masculine.endsWith("o")) {
    const stem = masculine.slice(0, -1);
    return [masculine, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (masculine.endsWith("és")) {
    const stem = masculine.slice(0, -2);
    return [masculine, `${stem}esa`, `${stem}eses`, `${stem}esas`];
  }
  if (masculine.endsWith("í")) return [masculine, `${masculine}es`, `${masculine}s`];
  return [masculine, `${masculine}s`];
}

function packageDemonyms(wc: WorldCountry): string[] {
  const english = [wc.demonyms?.eng?.m, wc.demonyms?.eng?.f]
    .flatMap((value) => (value ?? "").split(/,| or /))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  const french = [wc.demonyms?.fra?.m, wc.demonyms?.fra?.f].filter((value): value is string => !!value);
  return [
    ...english,
    ...english.map(englishPlural),
    ...french,
    ...french.map((value) => (/[sx]$/.test(value) ? undefined : `${value}s`)),
  ].filter((value): value is string => !!value);
}

/** Demonyms in English and French (world-countries) and Spanish (hand list), with plurals. */
export function demonymCandidates(worldCountries: readonly WorldCountry[]): Candidate[] {
  const fromPackage = worldCountries.flatMap((wc) =>
    packageDemonyms(wc).map((term) =>
      candidate({ term, iso2: wc.cca2, kind: "demonym", weight: NAME_WEIGHTS.demonym, source: "demonym" }),
    ),
  );
  const spanish = Object.entries(SPANISH_DEMONYMS).flatMap(([iso2, list]) =>
    list
      .split("|")
      .flatMap(spanishForms)
      .map((term) =>
        candidate({ term, iso2, kind: "demonym", weight: NAME_WEIGHTS.demonym, source: "demonym" }),
      ),
  );
  return [...fromPackage, ...spanish];
}

/** Whether a country is a UN member state (used to pick among demonyms several codes share). */
export function unMembers(worldCountries: readonly WorldCountry[]): ReadonlySet<string> {
  return new Set(worldCountries.filter((wc) => wc.unMember).map((wc) => wc.cca2));
}
