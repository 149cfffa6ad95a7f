import { RISK_FACTORS } from "@vigil/taxonomy";
import type { RouterInputs } from "../../lib/trpc.ts";
import type { ViewState } from "./view-state.ts";

type EvidenceFilters = Pick<RouterInputs["map"]["countries"], "riskFactors" | "indicators" | "sourceTypes">;

const DAY_MS = 86_400_000;
const WINDOW_DAYS = { "7d": 7, "30d": 30, "90d": 90, "365d": 365 } as const;

/**
 * The evidence filters of a view as the API takes them. The API intersects factor and indicator
 * filters, but an analyst who ticks factor 1 and indicator 8.8 means "either": so once any indicator
 * is chosen, chosen factors are expanded into their indicators and sent as one indicator list.
 */
export function toEvidenceFilters(view: ViewState): EvidenceFilters {
  const filters: EvidenceFilters = {};
  if (view.indicators.length > 0) {
    const expanded = RISK_FACTORS.filter((factor) => view.riskFactors.includes(factor.id)).flatMap((factor) =>
      factor.indicators.map((indicator) => indicator.id),
    );
    filters.indicators = [...new Set([...expanded, ...view.indicators])];
  } else if (view.riskFactors.length > 0) {
    filters.riskFactors = [...view.riskFactors];
  }
  if (view.sources !== "all") filters.sourceTypes = [view.sources];
  return filters;
}

/** The end of the as-of day as an ISO instant, or undefined for "now". */
export function asOfInstant(view: ViewState): string | undefined {
  return view.asOf ? `${view.asOf}T23:59:59.999Z` : undefined;
}

/** `map.countries` input: every country, whatever the region (the region only frames and ranks). */
export function toMapInput(view: ViewState): RouterInputs["map"]["countries"] {
  const asOf = asOfInstant(view);
  return { window: view.window, ...(asOf ? { asOf } : {}), ...toEvidenceFilters(view) };
}

/** `country.detail` input for one country under the view's filters. */
export function toDetailInput(view: ViewState, iso2: string): RouterInputs["country"]["detail"] {
  const asOf = asOfInstant(view);
  return { iso2, window: view.window, ...(asOf ? { asOf } : {}), ...toEvidenceFilters(view) };
}

/**
 * `item.list` input for the view's window. Bounds are whole UTC days so the query key only changes
 * once a day, not on every render; `today` is passed in to keep this pure.
 */
export function toItemsInput(view: ViewState, today: Date, iso2?: string): RouterInputs["item"]["list"] {
  const lastDay = view.asOf ? new Date(`${view.asOf}T00:00:00Z`) : startOfUtcDay(today);
  const until = new Date(lastDay.getTime() + DAY_MS);
  const since = new Date(until.getTime() - WINDOW_DAYS[view.window] * DAY_MS);
  return {
    since: since.toISOString(),
    ...(view.asOf ? { until: until.toISOString() } : {}),
    // A country narrows further than its region; otherwise the region filters on the server.
    ...(iso2 ? { iso2 } : view.region ? { region: view.region } : {}),
    ...toEvidenceFilters(view),
    limit: 20,
  };
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
