import { describe, expect, it } from "vitest";
import { readCompactLine } from "./compact-line.ts";

describe("readCompactLine", () => {
  // A seeded generator of input lines: JSON.stringify's own, then broken in the ways hand-written lines are.
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pieces = [
    "Kabul",
    " ",
    "é",
    '"',
    "\\",
    "\n",
    "\t",
    "\u0000",
    "\ud83d\ude00",
    "\ud800",
    ":",
    ",",
    "{",
    "}",
    '":"',
  ];
  const plain = ["Kabul", " ", "é", "中", ":", ",", "{", "}", "':'"];
  // Half the strings are plain, so many lines are compact; the others hold escapes, controls and surrogates.
  const randomString = () => {
    const from = random() < 0.5 ? plain : pieces;
    return Array.from({ length: Math.floor(random() * 6) }, () => pick(from)).join("");
  };
  const randomLine = (): string => {
    const fields: Record<string, unknown> = {};
    for (const key of ["id", "text", "title", "lang", "extra"]) {
      if (random() < (key === "extra" ? 0.1 : 0.7))
        fields[key] = random() < 0.95 ? randomString() : pick([5, null, true, [], {}]);
    }
    let line = JSON.stringify(fields);
    const at = Math.floor(random() * line.length);
    const edit = random();
    if (edit < 0.1) line = `${line.slice(0, at)} ${line.slice(at)}`;
    else if (edit < 0.2) line = line.slice(0, at);
    else if (edit < 0.3) line = line.replace("}", ',"id":"again"}');
    else if (edit < 0.35) line = `${line.slice(0, at)}\u0001${line.slice(at)}`;
    else if (edit < 0.4) line = `${line.slice(0, at)}${pick(['"', ":", ",", "\\"])}${line.slice(at)}`;
    return line;
  };

  it("reads exactly what JSON.parse reads, with strings that need no escaping, or declines", () => {
    let read = 0;
    for (let n = 0; n < 20_000; n++) {
      const line = randomLine();
      const fields = readCompactLine(line);
      if (fields === undefined) continue;
      read++;
      expect(fields).toEqual(JSON.parse(line));
      for (const value of Object.values(fields)) {
        if (value !== undefined) expect(JSON.stringify(value)).toBe(`"${value}"`);
      }
    }
    // Enough lines were read for the comparison to mean something.
    expect(read).toBeGreaterThan(2_000);
  });

  it("reads the lines JSON.stringify writes and declines anything else", () => {
    const line = JSON.stringify({ title: "Clashes", lang: "fr", text: "Gunmen killed 5", id: "a" });
    expect(readCompactLine(line)).toEqual({ id: "a", text: "Gunmen killed 5", title: "Clashes", lang: "fr" });
    for (const other of [
      '{"id":"a", "text":"b"}',
      '{"id":"a","text":"b","id":"c"}',
      '{"id":"a","text":"b\\"c"}',
      '{"id":"a","text":"b","other":"c"}',
      '{"id":"a","text":5}',
      `{"id":"a","text":"\ud800"}`,
      '{"id":"a","text":"b"} ',
    ]) {
      expect(readCompactLine(other)).toBeUndefined();
    }
  });
});
