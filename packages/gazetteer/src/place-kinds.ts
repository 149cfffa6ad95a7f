/** What a place term names; the scorer may weigh kinds differently. */
export type PlaceKind =
  | "country"
  | "alias"
  | "demonym"
  | "capital"
  | "city"
  | "admin1"
  | "actor"
  | "subnational";

/** Every place kind, in the order the data file numbers them. */
export const PLACE_KINDS: readonly PlaceKind[] = [
  "country",
  "alias",
  "demonym",
  "capital",
  "city",
  "admin1",
  "actor",
  "subnational",
];

/** Bits of `PlaceTerm.flags`. */
export const PLACE_FLAGS = {
  /** Also a common lower-case word: only counts when capitalised in mixed-case text ("Turkey", "Nice"). */
  CASE_SENSITIVE: 1,
  /** Often a person's first or last name ("Jordan", "Chad", "Paris" Hilton, "Victoria"). */
  PERSON_NAME: 2,
  /** Often stands for a government in news about other countries ("Washington", "Kremlin"). */
  METONYM: 4,
  /** The folded term names places in several countries; one entry per plausible country. */
  AMBIGUOUS: 8,
} as const;

/** A term's surface form, the country it points to, how strongly, and caveats (`PLACE_FLAGS`). */
export interface PlaceTerm {
  /** Surface form as written, e.g. "Côte d'Ivoire", "Nigerien", "Boko Haram". */
  term: string;
  iso2: string;
  kind: PlaceKind;
  /** 0..1: how strongly this term alone indicates the country. */
  weight: number;
  /** Bitmask of `PLACE_FLAGS`. */
  flags: number;
}
