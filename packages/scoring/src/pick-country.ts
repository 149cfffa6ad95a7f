import type { ScorerPlaceTerm } from "./scorer-data.ts";

/** A term naming places in several countries, none of them supported by another mention, counts this much. */
export const AMBIGUOUS_FACTOR = 0.5;

/** Whether the candidates `accepted[from, to)` (at least one) all name one country. */
export function isOneCountry(accepted: readonly ScorerPlaceTerm[], from: number, to: number): boolean {
  const iso2 = (accepted[from] as ScorerPlaceTerm).iso2;
  for (let i = from + 1; i < to; i++) if ((accepted[i] as ScorerPlaceTerm).iso2 !== iso2) return false;
  return true;
}

/**
 * One country per mention, from its accepted candidates `accepted[from, to)` (at least one). A term naming
 * places in several countries goes to the country other mentions support; failing that, to the first listed
 * (the gazetteer lists the most prominent first) at reduced weight. `supported` (the countries of mentions
 * with a single candidate) may be left undefined when the candidates name one country.
 */
export function pickCountry(
  accepted: readonly ScorerPlaceTerm[],
  from: number,
  to: number,
  supported: ReadonlySet<string> | undefined,
): { place: ScorerPlaceTerm; factor: number } {
  const first = accepted[from] as ScorerPlaceTerm;
  if (supported === undefined || isOneCountry(accepted, from, to)) {
    let strongest = first;
    for (let i = from + 1; i < to; i++) {
      const place = accepted[i] as ScorerPlaceTerm;
      if (place.weight > strongest.weight) strongest = place;
    }
    return { place: strongest, factor: 1 };
  }
  for (let i = from; i < to; i++) {
    const place = accepted[i] as ScorerPlaceTerm;
    if (supported.has(place.iso2)) return { place, factor: 1 };
  }
  return { place: first, factor: AMBIGUOUS_FACTOR };
}

/** Countries named by a mention with a single accepted candidate: match k's are accepted[offsets[k], offsets[k + 1]). */
export function supportedCountries(
  accepted: readonly ScorerPlaceTerm[],
  offsets: Int32Array,
  count: number,
): Set<string> {
  const supported = new Set<string>();
  for (let k = 0; k < count; k++) {
    const from = offsets[k] as number;
    if ((offsets[k + 1] as number) - from === 1) supported.add((accepted[from] as ScorerPlaceTerm).iso2);
  }
  return supported;
}
