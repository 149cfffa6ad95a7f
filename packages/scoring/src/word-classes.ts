import { LANGUAGE_BITS } from "./tokenize.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Class bits above the stopword-language bits of `Vocabulary.classes`. */
export const WORD_CLASS = {
  LOCATIVE: 1 << LANGUAGE_BITS,
  BETWEEN: 1 << (LANGUAGE_BITS + 1),
  ARMED: 1 << (LANGUAGE_BITS + 2),
  DIPLOMATIC: 1 << (LANGUAGE_BITS + 3),
  PLACE_NEIGHBOUR: 1 << (LANGUAGE_BITS + 4),
} as const;

// Prepositions that put an event in a place ("killed in Borno", "tués à Goma", "muertos en Cauca").
const LOCATIVES = [
  "in", "near", "at", "outside", "across", "around", "inside", "throughout", "into",
  "en", "a", "au", "aux", "dans", "pres", "cerca", "dentro",
];
// Words that may stand between a locative and its place: "in northern Al-Raqqa", "dans le nord du".
const BETWEEN = [
  "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
  "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
  "southwest", "rural", "occupied", "le", "la", "l", "les", "el", "los", "las", "nord", "sud", "est", "ouest",
  "norte", "sur", "oeste", "este", "du", "de", "del", "province", "provincia", "region", "state",
];
// Nouns of armed force, not of people who are as often victims ("soldiers", "police").
const ARMED = [
  "army", "armed", "forces", "troops", "military", "warplanes", "warplane", "jets", "jet", "aircraft",
  "planes", "helicopter", "helicopters", "drone", "drones", "raid", "raids", "airstrike", "airstrikes", "air",
  "strikes", "strike", "shelling", "shells", "artillery", "bombardment", "bombing", "missile", "missiles",
  "rocket", "rockets", "navy", "naval", "gunboats", "tanks", "coalition", "offensive", "occupation",
  "armee", "frappe", "frappes", "aviation", "bombardements", "ejercito", "bombardeos", "fuerzas",
];
// Verbs of one government acting on another: in "US sanctions Venezuelan officials" the story is Venezuela's.
const DIPLOMATIC = [
  "sanctions", "sanctioned", "condemns", "condemned", "urges", "urged", "warns", "warned", "demands",
  "demanded", "accuses", "accused", "recalls", "recalled", "imposes", "imposed", "threatens", "slams",
  "criticises", "criticizes", "blames", "pledges", "pledged", "welcomes", "welcomed", "deplores", "denounces",
  "condamne", "exhorte", "denonce", "sanctionne", "condena", "exige", "sanciona", "denuncia",
];
// Capitalised words that commonly stand next to a country name without making it a person's name.
const PLACE_NEIGHBOURS = [
  "king", "queen", "president", "prime", "minister", "republic", "kingdom", "state", "government", "army",
  "military", "forces", "police", "border", "river", "valley", "basin", "lake", "north", "south", "east",
  "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "new",
  "un", "eu", "au", "said", "says", "officials", "authorities", "troops", "rebels", "refugees", "election",
];

/** Marks the scorer's rule words in a vocabulary, so rules test a bit instead of a string. */
export function markWordClasses(vocabulary: Vocabulary): void {
  vocabulary.mark(LOCATIVES, WORD_CLASS.LOCATIVE);
  vocabulary.mark(BETWEEN, WORD_CLASS.BETWEEN);
  vocabulary.mark(ARMED, WORD_CLASS.ARMED);
  vocabulary.mark(DIPLOMATIC, WORD_CLASS.DIPLOMATIC);
  vocabulary.mark(PLACE_NEIGHBOURS, WORD_CLASS.PLACE_NEIGHBOUR);
}
