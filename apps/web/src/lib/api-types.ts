import type { RouterInputs, RouterOutputs } from "./trpc.ts";

/** What each procedure takes (re-exported so features import API types from one place). */
export type { RouterInputs };

/** One country's situation as the map and ranking show it. */
export type CountrySituation = RouterOutputs["map"]["countries"][number];
/** A risk level, "not-monitored" when coverage is too thin to rate. */
export type RiskLevel = CountrySituation["level"];
/** A trend against the previous window. */
export type Trend = CountrySituation["trend"];
/** Everything the country situation panel shows. */
export type CountryDetail = RouterOutputs["country"]["detail"];
/** One story cluster among a country's top evidence. */
export type TopEvidence = CountryDetail["topEvidence"][number];
/** A matched lexicon phrase with its span in the title or text. */
export type EvidenceMatch = TopEvidence["matches"][number];
/** An item of the latest-evidence list. */
export type ItemSummary = RouterOutputs["item"]["list"]["items"][number];
/** A feed's health row. */
export type FeedHealth = RouterOutputs["feed"]["health"][number];
/** A stored feed. */
export type Feed = RouterOutputs["feed"]["list"][number];
