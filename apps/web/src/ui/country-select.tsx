import { COUNTRIES } from "@vigil/gazetteer/countries";

// Sorted once by name: the order people scan a list of countries in.
const COUNTRY_OPTIONS = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));

/** Props of CountrySelect. */
export interface CountrySelectProps {
  label: string;
  value: string;
  /** The text of the empty choice ("Choose a country…", "Any country"). */
  emptyLabel: string;
  onValueChange: (iso2: string) => void;
}

/** A labelled select of every country by name, valued by ISO code. */
export function CountrySelect({ label, value, emptyLabel, onValueChange }: CountrySelectProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(event) => onValueChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {COUNTRY_OPTIONS.map((country) => (
          <option key={country.iso2} value={country.iso2}>
            {country.name}
          </option>
        ))}
      </select>
    </label>
  );
}
