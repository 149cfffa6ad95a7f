import type { TokenizedText } from "./tokenize.ts";

// Nouns of armed force, not of people who are as often victims ("soldiers", "police"). A nationality next
// to one names who attacks ("Israeli raid", "Russian warplanes",
// "frappes israéliennes", "ejército colombiano"), which is often not where it happens.
const ARMED_NOUNS = new Set([
  "army", "armed", "forces", "troops", "military", "warplanes", "warplane", "jets", "jet", "aircraft",
  "planes", "helicopter", "helicopters", "drone", "drones", "raid", "raids", "airstrike", "airstrikes", "air",
  "strikes", "strike", "shelling", "shells", "artillery", "bombardment", "bombing", "missile", "missiles",
  "rocket", "rockets", "navy", "naval", "gunboats", "tanks", "coalition", "offensive", "occupation",
  "armee", "frappe", "frappes", "aviation", "bombardements", "ejercito", "bombardeos", "fuerzas",
]);

// Verbs of one government acting on another: in "US sanctions Venezuelan officials" the story is Venezuela's.
const DIPLOMATIC_VERBS = new Set([
  "sanctions", "sanctioned", "condemns", "condemned", "urges", "urged", "warns", "warned", "demands",
  "demanded", "accuses", "accused", "recalls", "recalled", "imposes", "imposed", "threatens", "slams",
  "criticises", "criticizes", "blames", "pledges", "pledged", "welcomes", "welcomed", "deplores", "denounces",
  "condamne", "exhorte", "denonce", "sanctionne", "condena", "exige", "sanciona", "denuncia",
]);

/**
 * Whether the mention at tokens [first, last] names a side acting on someone else: next to a noun of armed
 * force, or the subject of a diplomatic verb.
 */
export function isAttackerRole(first: number, last: number, tokens: TokenizedText): boolean {
  const sentence = tokens.sentences[first];
  const next = last + 1;
  const previous = first - 1;
  // Only a direct neighbour counts: "Niger: soldiers…" is a dateline, not "Nigerien soldiers".
  const isAdjacent = (from: number, to: number) =>
    /^[\s-]*$/.test(tokens.text.slice(tokens.ends[from] as number, tokens.starts[to] as number));
  const isArmed = (index: number) =>
    index >= 0 &&
    index < tokens.words.length &&
    tokens.sentences[index] === sentence &&
    ARMED_NOUNS.has(tokens.words[index] as string);
  const isActing =
    next < tokens.words.length && tokens.sentences[next] === sentence && DIPLOMATIC_VERBS.has(tokens.words[next] as string);
  return (
    (isArmed(next) && isAdjacent(last, next)) ||
    (isArmed(previous) && isAdjacent(previous, first)) ||
    (isActing && isAdjacent(last, next))
  );
}
