import { PLACE_FLAGS, PLACE_KINDS, type PlaceKind, type PlaceTerm } from "../../src/place-kinds.ts";
import type { Candidate } from "./candidate.ts";

/** Thresholds for names that several countries share; recorded in the data file's header. */
export const COLLISION_THRESHOLDS = {
  /** A rival under this share of the biggest place's size is ignored: the name is clean. */
  ambiguityRatio: 0.1,
  /** Rivals this close in size make the name useless: all are dropped (unless a capital leads). */
  dropRatio: 0.5,
  /** Weight multiplier for the non-default readings of an ambiguous place name. */
  alternativeWeight: 0.6,
} as const;

/** What the resolver needs besides the candidates. */
export interface ResolveOptions {
  unMembers: ReadonlySet<string>;
  /** Receives one line per decision worth reviewing (dropped or ambiguous names). */
  log: (line: string) => void;
}

// When one country has several candidates for the same folded term, the most specific kind wins.
const KIND_RANK: Readonly<Record<PlaceKind, number>> = {
  country: 0,
  alias: 1,
  capital: 2,
  demonym: 3,
  admin1: 4,
  subnational: 5,
  city: 6,
  actor: 7,
};

/** One country's merged claim on a folded term. */
interface Claim extends Candidate {
  isCapital: boolean;
}

function mergeClaims(candidates: readonly Candidate[]): Claim[] {
  const byCountry = new Map<string, Claim>();
  for (const c of candidates) {
    const seen = byCountry.get(c.iso2);
    if (!seen) {
      byCountry.set(c.iso2, { ...c, isCapital: c.kind === "capital" });
      continue;
    }
    const hand = seen.source === "hand" ? seen : c.source === "hand" ? c : undefined;
    const better = KIND_RANK[c.kind] < KIND_RANK[seen.kind] ? c : seen;
    byCountry.set(c.iso2, {
      ...seen,
      term: hand?.term ?? seen.term,
      kind: hand?.kind ?? better.kind,
      weight: hand ? hand.weight : Math.max(seen.weight, c.weight),
      flags: seen.flags | c.flags,
      prominence: Math.max(seen.prominence, c.prominence),
      isEmitted: seen.isEmitted || c.isEmitted,
      isCapital: seen.isCapital || c.kind === "capital",
    });
  }
  return [...byCountry.values()];
}

const SOURCE_ORDER = ["hand", "name", "foreign", "demonym", "place"] as const;

// The winning claim keeps its own term, kind and weight, and takes the flags and size of the
// same country's weaker claims (a hand-written "Tripoli" keeps the city's population).
// A hand-written term never demotes a country name or a capital found in the packages: hand
// lists repeat "Venezuela" or "Kyiv" for completeness, not to make them weaker.
function absorb(claim: Claim, candidates: readonly Candidate[]): Claim {
  const same = candidates.filter((c) => c.iso2 === claim.iso2);
  const official = same.find((c) => c.kind === "country") ?? same.find((c) => c.kind === "capital");
  const promoted =
    official && KIND_RANK[official.kind] < KIND_RANK[claim.kind]
      ? { kind: official.kind, weight: Math.max(official.weight, claim.weight) }
      : {};
  return {
    ...claim,
    ...promoted,
    flags: same.reduce((flags, c) => flags | c.flags, claim.flags),
    prominence: Math.max(claim.prominence, ...same.map((c) => c.prominence)),
    isCapital: claim.isCapital || same.some((c) => c.kind === "capital"),
  };
}

function markAmbiguous(claims: readonly Claim[]): Claim[] {
  return claims.map((c) => ({ ...c, flags: c.flags | PLACE_FLAGS.AMBIGUOUS }));
}

function resolvePlaces(fold: string, claims: Claim[], options: ResolveOptions): Claim[] {
  const ranked = [...claims].sort((a, b) => b.prominence - a.prominence);
  const [top, second] = ranked;
  if (!top) return [];
  const leader = top.isEmitted ? top : undefined;
  if (!second || second.prominence < COLLISION_THRESHOLDS.ambiguityRatio * top.prominence) {
    return leader ? [leader] : [];
  }
  const rivals = ranked.filter((c) => c.prominence >= COLLISION_THRESHOLDS.ambiguityRatio * top.prominence);
  const names = rivals.map((c) => `${c.iso2}:${c.prominence}`).join(" ");
  if (second.prominence >= COLLISION_THRESHOLDS.dropRatio * top.prominence && !top.isCapital) {
    options.log(`dropped "${fold}": ${names}`);
    return [];
  }
  options.log(`ambiguous "${fold}": ${names}`);
  const alternatives = rivals
    .slice(1)
    .filter((c) => c.isEmitted)
    .map((c) => ({
      ...c,
      weight: Math.round(c.weight * COLLISION_THRESHOLDS.alternativeWeight * 100) / 100,
    }));
  return markAmbiguous(leader ? [leader, ...alternatives] : alternatives);
}

function resolveGroup(fold: string, candidates: readonly Candidate[], options: ResolveOptions): Claim[] {
  for (const source of SOURCE_ORDER) {
    const claims = mergeClaims(candidates.filter((c) => c.source === source));
    if (claims.length === 0) continue;
    const merged = claims.map((claim) => absorb(claim, candidates));
    if (source === "place") return resolvePlaces(fold, merged, options);
    const others = candidates.filter((c) => !claims.some((claim) => claim.iso2 === c.iso2));
    // Foreign names give way to any place or demonym of another country ("Granada", "Grenade").
    if (source === "foreign" && others.some((c) => c.source === "place" || c.source === "demonym")) continue;
    if (others.length > 0 && source !== "name") {
      options.log(`${source} "${fold}" beats ${[...new Set(others.map((c) => c.iso2))].join(" ")}`);
    }
    if (merged.length === 1 || source === "hand") return merged;
    const members = merged.filter((claim) => options.unMembers.has(claim.iso2));
    if (source === "demonym" && members.length === 1) return members;
    options.log(`ambiguous ${source} "${fold}": ${merged.map((c) => c.iso2).join(" ")}`);
    return markAmbiguous(merged);
  }
  return [];
}

/**
 * Resolves names that several countries claim, then emits one term per (folded term, country).
 * Readings of one folded term are adjacent and strongest first: the scorer takes the first listed
 * as the default reading of an ambiguous term.
 */
export function resolveTerms(candidates: readonly Candidate[], options: ResolveOptions): PlaceTerm[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.fold.length === 0) continue;
    groups.set(c.fold, [...(groups.get(c.fold) ?? []), c]);
  }
  const resolved: { fold: string; terms: PlaceTerm[] }[] = [];
  for (const [fold, group] of groups) {
    const terms = resolveGroup(fold, group, options)
      .filter((claim) => claim.isEmitted)
      .map(({ term, iso2, kind, weight, flags }) => ({ term, iso2, kind, weight, flags }))
      .sort((a, b) => b.weight - a.weight || a.iso2.localeCompare(b.iso2));
    if (terms.length > 0) resolved.push({ fold, terms });
  }
  // Grouped by the default reading's country, then kind, for a file that reads country by country.
  const key = (entry: { terms: PlaceTerm[] }) => entry.terms[0] as PlaceTerm;
  return resolved
    .sort(
      (a, b) =>
        key(a).iso2.localeCompare(key(b).iso2) ||
        PLACE_KINDS.indexOf(key(a).kind) - PLACE_KINDS.indexOf(key(b).kind) ||
        a.fold.localeCompare(b.fold),
    )
    .flatMap((entry) => entry.terms);
}
