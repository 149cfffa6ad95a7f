import { useEffect, useId, useRef, useState } from "react";
import {
  type FactorSelection,
  isIndicatorPicked,
  toggleFactor,
  toggleIndicator,
} from "./factor-selection.ts";
import { searchFramework } from "./framework-search.ts";

/** Props of IndicatorPicker. */
export interface IndicatorPickerProps {
  selection: FactorSelection;
  onChange: (selection: FactorSelection) => void;
}

/** A searchable list of the Framework's 14 risk factors and their indicators, with their numbering. */
export function IndicatorPicker({ selection, onChange }: IndicatorPickerProps) {
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const count = selection.riskFactors.length + selection.indicators.length;

  useEffect(
    function closeOnOutsideClickOrEscape() {
      if (!isOpen) return;
      function onPointerDown(event: PointerEvent) {
        if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
      }
      function onKeyDown(event: KeyboardEvent) {
        if (event.key === "Escape") setOpen(false);
      }
      document.addEventListener("pointerdown", onPointerDown);
      document.addEventListener("keydown", onKeyDown);
      return () => {
        document.removeEventListener("pointerdown", onPointerDown);
        document.removeEventListener("keydown", onKeyDown);
      };
    },
    [isOpen],
  );

  const groups = searchFramework(query);
  return (
    <div className="picker" ref={rootRef}>
      <button
        type="button"
        className={`button picker__toggle${count > 0 ? " is-active" : ""}`}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen(!isOpen)}
      >
        Risk factors &amp; indicators{count > 0 ? ` (${count})` : ""} <span aria-hidden="true">▾</span>
      </button>
      {isOpen ? (
        <div className="picker__panel" id={panelId}>
          <div className="picker__search">
            <input
              type="search"
              aria-label="Search risk factors and indicators by number or name"
              placeholder="Search: 8.8, elections, hate speech…"
              value={query}
              autoFocus
              onChange={(event) => setQuery(event.target.value)}
            />
            {count > 0 ? (
              <button
                type="button"
                className="link-button"
                onClick={() => onChange({ riskFactors: [], indicators: [] })}
              >
                Clear all
              </button>
            ) : null}
          </div>
          <div className="picker__list">
            {groups.length === 0 ? (
              <p className="picker__none">No factor or indicator matches “{query}”.</p>
            ) : null}
            {groups.map(({ factor, indicators }) => {
              const isFactorPicked = selection.riskFactors.includes(factor.id);
              const isPartly =
                !isFactorPicked && factor.indicators.some((i) => selection.indicators.includes(i.id));
              return (
                <fieldset key={factor.id} className="picker__group">
                  <legend>
                    <label className="picker__factor">
                      <input
                        type="checkbox"
                        checked={isFactorPicked}
                        ref={(input) => {
                          if (input) input.indeterminate = isPartly;
                        }}
                        onChange={() => onChange(toggleFactor(selection, factor.id))}
                      />
                      <span className="picker__number">{factor.id}</span>
                      {factor.name}
                    </label>
                  </legend>
                  <ul>
                    {indicators.map((indicator) => (
                      <li key={indicator.id}>
                        <label title={indicator.description}>
                          <input
                            type="checkbox"
                            checked={isIndicatorPicked(selection, indicator.id)}
                            onChange={() => onChange(toggleIndicator(selection, indicator.id))}
                          />
                          <span className="picker__number">{indicator.id}</span>
                          {indicator.name}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              );
            })}
          </div>
        </div>
      ) : null}
    </div>
  );
}
