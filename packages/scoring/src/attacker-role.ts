import type { TokenizedText } from "./tokenize.ts";

// Nouns of armed force. A nationality next to one names who attacks ("Israeli raid", "Russian warplanes",
// "frappes israéliennes", "ejército colombiano"), which is often not where it happens.
const ARMED_NOUNS = new Set([
  "army", "armed", "forces", "force", "troops", "soldiers", "military", "warplanes", "warplane", "jets",
  "jet", "aircraft", "planes", "helicopter", "helicopters", "drone", "drones", "raid", "raids", "airstrike",
  "airstrikes", "air", "strikes", "strike", "shelling", "shells", "artillery", "bombardment", "bombing",
  "missile", "missiles", "rocket", "rockets", "navy", "naval", "gunboats", "tanks", "pilots", "coalition",
  "security", "defense", "defence", "police", "militia", "militias", "fighters", "offensive", "occupation",
  "armee", "frappe", "frappes", "soldats", "aviation", "militaires", "bombardements", "ejercito", "soldados",
  "militares", "bombardeos", "ataque", "fuerzas",
]);

/** Whether the mention at tokens [first, last] stands next to a noun of armed force. */
export function isAttackerRole(first: number, last: number, tokens: TokenizedText): boolean {
  const sentence = tokens.sentences[first];
  const next = last + 1;
  const previous = first - 1;
  const isArmed = (index: number) =>
    index >= 0 &&
    index < tokens.words.length &&
    tokens.sentences[index] === sentence &&
    ARMED_NOUNS.has(tokens.words[index] as string);
  return isArmed(next) || isArmed(previous);
}
