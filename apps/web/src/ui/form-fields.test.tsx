import { fireEvent, render, screen } from "@testing-library/react";
import { COUNTRIES } from "@vigil/gazetteer/countries";
import { describe, expect, it, vi } from "vitest";
import { CountrySelect } from "./country-select.tsx";
import { TextField } from "./text-field.tsx";

describe("TextField", () => {
  it("labels its input and hands the typed text to its setter", () => {
    const onValueChange = vi.fn();
    render(<TextField label="Email" type="email" required value="" onValueChange={onValueChange} />);
    const input = screen.getByLabelText("Email") as HTMLInputElement;
    expect(input.type).toBe("email");
    expect(input.required).toBe(true);
    fireEvent.change(input, { target: { value: "a@b.org" } });
    expect(onValueChange).toHaveBeenCalledWith("a@b.org");
  });
});

describe("CountrySelect", () => {
  it("offers every country by name, valued by ISO code, after the empty choice", () => {
    const onValueChange = vi.fn();
    render(<CountrySelect label="Country" value="" emptyLabel="Any country" onValueChange={onValueChange} />);
    const select = screen.getByLabelText("Country") as HTMLSelectElement;
    expect(select.options[0]?.text).toBe("Any country");
    expect(select.options.length).toBe(COUNTRIES.length + 1);
    fireEvent.change(select, { target: { value: "SD" } });
    expect(onValueChange).toHaveBeenCalledWith("SD");
  });
});
