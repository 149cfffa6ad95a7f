import type { AlertPrecision } from "@vigil/db/alert-schemas";
import { lazy, Suspense, useState } from "react";
import { LoadingState } from "../../ui/states.tsx";
import type { AlertDraft } from "./alert-draft.ts";
import { FieldError } from "./field-error.tsx";

// Leaflet loads only when someone opens the map.
const PlacePickerMap = lazy(() => import("./place-picker-map.tsx"));

const PRECISIONS: readonly [AlertPrecision, string][] = [
  ["country", "Country only"],
  ["district", "District or province"],
  ["exact", "Exact place"],
];

/** Props of PlaceFields. */
export interface PlaceFieldsProps {
  draft: AlertDraft;
  onChange: (patch: Partial<AlertDraft>) => void;
  errors: Record<string, string>;
}

/** Where it happened beyond the country: how precisely, a named place or a point on the map, the district. */
export function PlaceFields({ draft, onChange, errors }: PlaceFieldsProps) {
  const [isMapOpen, setMapOpen] = useState(false);
  return (
    <fieldset className="place-fields">
      <legend className="field__label">Where, beyond the country</legend>
      <div className="segmented">
        <div className="segmented__options" role="radiogroup" aria-label="Precision">
          {PRECISIONS.map(([precision, label]) => (
            <label key={precision} className={draft.precision === precision ? "is-checked" : undefined}>
              <input
                type="radio"
                name="precision"
                checked={draft.precision === precision}
                onChange={() => onChange({ precision })}
              />
              {label}
            </label>
          ))}
        </div>
      </div>
      <p className="muted">
        Only your organisation's coordinators and admins see the exact place. Everyone else sees the district,
        or a 10 km square, or only the country.
      </p>
      {draft.precision !== "country" ? (
        <div className="field">
          <label className="field">
            <span className="field__label">
              District or province{draft.precision === "exact" ? " (optional)" : ""}
            </span>
            <input
              maxLength={120}
              value={draft.district}
              onChange={(event) => onChange({ district: event.target.value })}
            />
          </label>
          <FieldError message={errors.district} />
        </div>
      ) : null}
      {draft.precision === "exact" ? (
        <>
          <div className="field">
            <label className="field">
              <span className="field__label">Place name (village, neighbourhood, camp, road)</span>
              <input
                maxLength={200}
                value={draft.placeName}
                onChange={(event) => onChange({ placeName: event.target.value })}
              />
            </label>
            <FieldError message={errors.placeName} />
          </div>
          <div className="place-fields__point">
            <span>
              {draft.point
                ? `Point on the map: ${draft.point.lat.toFixed(4)}, ${draft.point.lon.toFixed(4)}`
                : "No point picked on the map."}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={!draft.country}
              onClick={() => setMapOpen(!isMapOpen)}
            >
              {isMapOpen ? "Close the map" : "Pick on the map"}
            </button>
            {draft.point ? (
              <button type="button" className="link-button" onClick={() => onChange({ point: null })}>
                Clear the point
              </button>
            ) : null}
          </div>
          {isMapOpen && draft.country ? (
            <Suspense fallback={<LoadingState label="Loading the map…" />}>
              <PlacePickerMap
                iso2={draft.country}
                point={draft.point}
                onPick={(point) => onChange({ point })}
              />
            </Suspense>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
