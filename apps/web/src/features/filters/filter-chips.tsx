import { getIndicator, getRiskFactor } from "@vigil/taxonomy";
import { type FactorSelection, toggleFactor, toggleIndicator } from "./factor-selection.ts";

/** The picked factors and indicators as removable chips. */
export function FilterChips({
  selection,
  onChange,
}: {
  selection: FactorSelection;
  onChange: (next: FactorSelection) => void;
}) {
  if (selection.riskFactors.length + selection.indicators.length === 0) return null;
  return (
    <ul className="chips" aria-label="Active risk filters">
      {selection.riskFactors.map((id) => (
        <li key={`f${id}`} className="chip">
          <span title={getRiskFactor(id)?.name}>Factor {id}</span>
          <button
            type="button"
            aria-label={`Remove risk factor ${id}`}
            onClick={() => onChange(toggleFactor(selection, id))}
          >
            ×
          </button>
        </li>
      ))}
      {selection.indicators.map((id) => (
        <li key={id} className="chip">
          <span title={getIndicator(id)?.description}>
            {id} {getIndicator(id)?.name}
          </span>
          <button
            type="button"
            aria-label={`Remove indicator ${id}`}
            onClick={() => onChange(toggleIndicator(selection, id))}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
