import { REGIONS } from "../../lib/regions.ts";
import { FilterChips } from "./filter-chips.tsx";
import { IndicatorPicker } from "./indicator-picker.tsx";
import {
  DEFAULT_VIEW,
  SOURCE_CHOICES,
  type SourceChoice,
  type ViewState,
  WINDOWS,
  type WindowId,
} from "./view-state.ts";

const WINDOW_LABELS: Record<WindowId, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  "365d": "1 year",
};
const SOURCE_LABELS: Record<SourceChoice, string> = {
  all: "Both",
  news: "News",
  alert: "Field alerts",
};

/** Props of FilterBar. */
export interface FilterBarProps {
  view: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
  /** Today as "YYYY-MM-DD" (UTC): the latest as-of date. */
  today: string;
}

/** Region, time window, as-of date, source type and Framework filters; each change rewrites the URL. */
export function FilterBar({ view, onChange, today }: FilterBarProps) {
  const selection = { riskFactors: view.riskFactors, indicators: view.indicators };
  const isDefault =
    view.window === DEFAULT_VIEW.window &&
    !view.asOf &&
    !view.region &&
    selection.riskFactors.length + selection.indicators.length === 0 &&
    view.sources === "all";
  return (
    <section className="filter-bar" aria-label="Filters">
      <label className="field">
        <span className="field__label">Region</span>
        <select
          value={view.region ?? ""}
          onChange={(event) =>
            onChange({ region: REGIONS.find((r) => r.id === event.target.value)?.id ?? null })
          }
        >
          <option value="">All regions</option>
          {REGIONS.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="segmented">
        <legend className="field__label">Window</legend>
        <div className="segmented__options">
          {WINDOWS.map((window) => (
            <label key={window} className={view.window === window ? "is-checked" : undefined}>
              <input
                type="radio"
                name="window"
                checked={view.window === window}
                onChange={() => onChange({ window })}
              />
              {WINDOW_LABELS[window]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span className="field__label">As of</span>
        <span className="field__row">
          <input
            type="date"
            value={view.asOf ?? today}
            max={today}
            onChange={(event) =>
              onChange({
                asOf: event.target.value && event.target.value !== today ? event.target.value : null,
              })
            }
          />
          {view.asOf ? (
            <button type="button" className="link-button" onClick={() => onChange({ asOf: null })}>
              Today
            </button>
          ) : null}
        </span>
      </label>
      <fieldset className="segmented">
        <legend className="field__label">Sources</legend>
        <div className="segmented__options">
          {SOURCE_CHOICES.map((sources) => (
            <label key={sources} className={view.sources === sources ? "is-checked" : undefined}>
              <input
                type="radio"
                name="sources"
                checked={view.sources === sources}
                onChange={() => onChange({ sources })}
              />
              {SOURCE_LABELS[sources]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <span className="field__label" aria-hidden="true">
          Risk filters
        </span>
        <IndicatorPicker selection={selection} onChange={(next) => onChange(next)} />
      </div>
      <FilterChips selection={selection} onChange={(next) => onChange(next)} />
      {isDefault ? null : (
        <button
          type="button"
          className="link-button filter-bar__reset"
          onClick={() => onChange({ ...DEFAULT_VIEW, country: view.country, sort: view.sort })}
        >
          Reset filters
        </button>
      )}
    </section>
  );
}
