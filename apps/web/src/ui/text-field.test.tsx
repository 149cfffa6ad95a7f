import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
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
