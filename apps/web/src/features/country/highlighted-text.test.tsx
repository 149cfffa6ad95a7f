import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { splitBySpans } from "./highlight-spans.ts";
import { HighlightedText } from "./highlighted-text.tsx";

afterEach(cleanup);

describe("splitBySpans", () => {
  it("cuts text into plain and highlighted runs", () => {
    expect(splitBySpans("Mass killings reported in Darfur", [{ start: 5, end: 13, label: "11.1" }])).toEqual([
      { text: "Mass ", isMatch: false, labels: [] },
      { text: "killings", isMatch: true, labels: ["11.1"] },
      { text: " reported in Darfur", isMatch: false, labels: [] },
    ]);
  });

  it("merges overlapping spans and drops empty, reversed and out-of-range ones", () => {
    const segments = splitBySpans("abcdefghij", [
      { start: 2, end: 5, label: "a" },
      { start: 4, end: 7, label: "b" },
      { start: 9, end: 9 },
      { start: 8, end: 3 },
      { start: 8, end: 500 },
      { start: -20, end: 1 },
    ]);
    expect(segments.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual([
      "a",
      "cdefg",
      "ij",
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe("abcdefghij");
    expect(segments.find((segment) => segment.text === "cdefg")?.labels).toEqual(["a", "b"]);
  });
});

describe("HighlightedText", () => {
  it("renders a hostile title as text: no script element, markup shown literally", () => {
    const title = '<script>alert("x")</script> Massacre in <img src=x onerror=alert(1)> village';
    const start = title.indexOf("Massacre");
    const { container } = render(
      <h3>
        <HighlightedText
          text={title}
          spans={[{ start, end: start + "Massacre".length, label: "11.1 Killings" }]}
        />
      </h3>,
    );
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toBe(title);
    const mark = container.querySelector("mark");
    expect(mark?.textContent).toBe("Massacre");
    expect(mark?.getAttribute("title")).toBe("11.1 Killings");
  });
});
