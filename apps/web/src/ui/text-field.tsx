import type { InputHTMLAttributes } from "react";

/** Props of TextField: any input attribute, plus the label and a setter that takes the text. */
export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
}

/** A labelled input in the house form style (`.field`), so every form labels its inputs the same way. */
export function TextField({ label, value, onValueChange, ...input }: TextFieldProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input {...input} value={value} onChange={(event) => onValueChange(event.target.value)} />
    </label>
  );
}
