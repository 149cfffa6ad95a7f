/** A CSV cell: text is neutralised and quoted as needed; numbers and booleans are written as they are. */
export type CsvValue = string | number | boolean | null;

// OWASP "CSV Injection": spreadsheets treat a cell starting with these as a formula (tab and CR too,
// since some strip them first). Full-width forms are included because some spreadsheets fold them.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * Makes hostile text inert in a spreadsheet: a text cell that starts like a formula gets a leading
 * apostrophe, which Excel, LibreOffice and Google Sheets show as text and don't evaluate. Only text
 * is touched: numbers Vigil writes (a trend of -3.2) stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell, RFC 4180: quoted when it holds a quote, comma, CR or LF, with quotes doubled. */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV text: header, then rows, CRLF line ends (RFC 4180), UTF-8 with a BOM so Excel reads accents. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Parses CSV text made by csvTable back into rows of strings (for tests and checks; BOM dropped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let isQuoted = false;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (isQuoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && body[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}
