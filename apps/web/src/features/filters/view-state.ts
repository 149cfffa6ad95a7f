import { INDICATORS, RISK_FACTORS } from "@vigil/taxonomy";
import { REGION_IDS, type RegionId } from "../../lib/regions.ts";

/** The time windows the dashboard offers. */
export const WINDOWS = ["7d", "30d", "90d", "365d"] as const;
/** "7d" | "30d" | "90d" | "365d". */
export type WindowId = (typeof WINDOWS)[number];

/** Which sources count: news feeds, field alerts, or both. */
export const SOURCE_CHOICES = ["all", "news", "alert"] as const;
/** "all" | "news" | "alert". */
export type SourceChoice = (typeof SOURCE_CHOICES)[number];

/** Columns the ranking sorts by. */
export const SORT_KEYS = ["score", "trend", "evidence"] as const;
/** "score" | "trend" | "evidence". */
export type SortKey = (typeof SORT_KEYS)[number];

/** A ranking order. */
export interface RankingSort {
  key: SortKey;
  direction: "asc" | "desc";
}

/** Everything that defines what the dashboard shows; lives in the URL's search params. */
export interface ViewState {
  window: WindowId;
  /** "YYYY-MM-DD" (UTC) to look back from, or null for now. */
  asOf: string | null;
  region: RegionId | null;
  /** Risk factor ids 1–14, ascending. */
  riskFactors: readonly number[];
  /** Indicator ids such as "8.8", in Framework order. */
  indicators: readonly string[];
  sources: SourceChoice;
  /** ISO alpha-2 code of the open country situation, or null. */
  country: string | null;
  sort: RankingSort;
}

/** The view of a bare URL. */
export const DEFAULT_VIEW: ViewState = {
  window: "30d",
  asOf: null,
  region: null,
  riskFactors: [],
  indicators: [],
  sources: "all",
  country: null,
  sort: { key: "score", direction: "desc" },
};

const FACTOR_IDS = new Set(RISK_FACTORS.map((factor) => factor.id));
const INDICATOR_ORDER = new Map(INDICATORS.map((indicator, index) => [indicator.id, index]));
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(choices: readonly T[], value: string | null, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

function list(value: string | null): string[] {
  return value ? value.split(",").filter(Boolean) : [];
}

function isRealDate(value: string): boolean {
  return DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Reads a view from a search string; unknown or malformed values fall back to the defaults. */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const asOf = params.get("asOf");
  const country = params.get("country")?.toUpperCase() ?? null;
  const [sortKey, sortDirection] = (params.get("sort") ?? "").split("-");
  return {
    window: oneOf(WINDOWS, params.get("window"), DEFAULT_VIEW.window),
    asOf: asOf && isRealDate(asOf) ? asOf : null,
    region: REGION_IDS.find((id) => id === params.get("region")) ?? null,
    riskFactors: normaliseFactors(list(params.get("factors")).map(Number)),
    indicators: normaliseIndicators(list(params.get("indicators"))),
    sources: oneOf(SOURCE_CHOICES, params.get("sources"), DEFAULT_VIEW.sources),
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    sort: {
      key: oneOf(SORT_KEYS, sortKey ?? null, DEFAULT_VIEW.sort.key),
      direction: sortDirection === "asc" ? "asc" : "desc",
    },
  };
}

/** Writes a view as a search string ("" for the default view); defaults are left out, order is fixed. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.window !== DEFAULT_VIEW.window) params.set("window", view.window);
  if (view.asOf) params.set("asOf", view.asOf);
  if (view.region) params.set("region", view.region);
  if (view.riskFactors.length > 0) params.set("factors", normaliseFactors(view.riskFactors).join(","));
  if (view.indicators.length > 0) params.set("indicators", normaliseIndicators(view.indicators).join(","));
  if (view.sources !== DEFAULT_VIEW.sources) params.set("sources", view.sources);
  if (view.country) params.set("country", view.country);
  const { key, direction } = view.sort;
  if (key !== DEFAULT_VIEW.sort.key || direction !== DEFAULT_VIEW.sort.direction)
    params.set("sort", `${key}-${direction}`);
  // Commas and dots are safe in a query string; keeping them readable makes links easy to check by eye.
  const search = params.toString().replaceAll("%2C", ",");
  return search ? `?${search}` : "";
}

/** Known factor ids, deduplicated and ascending. */
export function normaliseFactors(ids: readonly number[]): number[] {
  return [...new Set(ids)].filter((id) => FACTOR_IDS.has(id)).sort((a, b) => a - b);
}

/** Known indicator ids, deduplicated, in Framework order ("1.2" before "1.10" before "2.1"). */
export function normaliseIndicators(ids: readonly string[]): string[] {
  return [...new Set(ids)]
    .filter((id) => INDICATOR_ORDER.has(id))
    .sort((a, b) => (INDICATOR_ORDER.get(a) ?? 0) - (INDICATOR_ORDER.get(b) ?? 0));
}

/** Whether any evidence filter (factor, indicator, source type) narrows the view. */
export function hasEvidenceFilters(view: ViewState): boolean {
  return view.riskFactors.length > 0 || view.indicators.length > 0 || view.sources !== "all";
}
