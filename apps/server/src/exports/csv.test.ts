import { describe, expect, it } from "vitest";
import { csvCell, csvTable, neutraliseFormula, parseCsv } from "./csv.ts";

const HOSTILE = [
  '=HYPERLINK("http://x","click")',
  "+1+1",
  "-2+3",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  "＝1+1",
  '<script>alert(1)</script>, "quoted"\nnext line',
];

describe("csv", () => {
  it("neutralises text that starts like a formula, and nothing else", () => {
    for (const text of HOSTILE.slice(0, 7)) expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula("Sudan: 40 killed = massacre")).toBe("Sudan: 40 killed = massacre");
    expect(csvCell(-3.2)).toBe("-3.2");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("quotes per RFC 4180 and round-trips hostile text with every cell inert", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    const text = csvTable(
      ["title", "n"],
      HOSTILE.map((title, index) => [title, index]),
    );
    expect(text.startsWith("\uFEFFtitle,n\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const [title] of rows.slice(1)) expect(title).not.toMatch(/^[=+\-@\t\r＝]/);
    expect(rows.slice(1).map(([title]) => title?.replace(/^'/, ""))).toEqual(HOSTILE);
  });
});
