import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { getDefaultScorer } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import {
  formatScoreLine,
  MAX_LINE_LENGTH,
  plainInput,
  ScoreLineSchema,
  scoreLine,
  scoreLineJson,
  toScoreLine,
} from "./score-line.ts";

const scorer = getDefaultScorer();
const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("scoreLine", () => {
  it("scores a line into the public format", () => {
    const line = scoreLine(
      scorer,
      JSON.stringify({ id: "a", text: "Gunmen massacred 30 villagers in Borno state" }),
    );
    expect(Object.keys(line)).toEqual(["id", "countries", "riskFactors", "indicators", "severity"]);
    if ("error" in line) throw new Error(line.error);
    expect(line.countries[0]?.iso2).toBe("NG");
    expect(line.riskFactors.length).toBeGreaterThan(0);
    const evidence = line.indicators.flatMap((indicator) => indicator.evidence);
    expect(evidence.every((span) => Object.keys(span).join() === "start,end,text")).toBe(true);
  });

  it("points title-and-text spans into title + newline + text", () => {
    const title = "Massacre reported";
    const text = "Gunmen massacred villagers";
    const line = scoreLine(scorer, JSON.stringify({ id: "b", title, text }));
    if ("error" in line) throw new Error(line.error);
    const combined = `${title}\n${text}`;
    for (const span of line.indicators.flatMap((indicator) => indicator.evidence)) {
      expect(combined.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it.each([
    ["not json", { error: expect.stringContaining("invalid JSON") }],
    ['{"id":"x"}', { id: "x", error: "text: expected string" }],
    ['{"id":"","text":"a"}', { error: "id: id must not be empty" }],
    [
      '{"id":"y","text":"a","lang":"english"}',
      { id: "y", error: expect.stringContaining("lang must be a two-letter") },
    ],
    ['["id","text"]', { error: expect.stringContaining("expected object") }],
    [
      `{"id":"z","text":"${"a".repeat(MAX_LINE_LENGTH)}"}`,
      { error: expect.stringContaining("line is longer") },
    ],
  ])("answers a bad line %# with an error line", (input, expected) => {
    expect(scoreLine(scorer, input)).toEqual(expected);
  });
});

describe("scoreLineJson", () => {
  it("writes exactly the JSON text of scoreLine's result", () => {
    const lines = [
      { id: "a", text: "Gunmen massacred 30 villagers in Borno state" },
      { id: 'q"\\\u2028', title: 'Killings in "Syria"\n', text: "Massacre \ud83d\ude00 in \ud800 Darfur\t" },
      { id: "c", text: "A quiet day at the seaside", lang: "en" },
    ].map((input) => JSON.stringify(input));
    for (const line of [...lines, "not json", '{"id":""}']) {
      expect(scoreLineJson(scorer, line)).toBe(JSON.stringify(scoreLine(scorer, line)));
    }
  });

  it("writes the same text whether a line is compact or not, for spans past the cached offsets too", () => {
    const texts = [
      "Gunmen massacred 30 villagers in Borno state, Nigeria; Chad and Niger sent troops",
      "Airstrike kills 20 in Gaza as Israel and Hamas trade fire; Egypt calls for calm",
      "Des dizaines de civils tués à Bamako, au Mali",
      "A quiet day at the seaside",
    ];
    const long = texts.join(". ").repeat(60);
    const inputs = [
      ...texts.map((text, index) => ({ id: `t${index}`, text })),
      ...texts.map((text, index) => ({ id: `u${index}`, title: texts[(index + 1) % 4], text, lang: "en" })),
      { id: "long", title: texts[0], text: long },
      { id: "long-plain", text: long.replaceAll("é", "e") },
      { id: 'escaped "id"', text: `${texts[1]} \ud83d\ude00 "quoted"` },
    ];
    for (const input of inputs) {
      const line = JSON.stringify(input);
      const spaced = JSON.stringify(input, null, 1).replaceAll("\n", "");
      const expected = JSON.stringify(scoreLine(scorer, line));
      expect(scoreLineJson(scorer, line)).toBe(expected);
      // Twice: the second time reads the cached pieces the first one wrote.
      expect(scoreLineJson(scorer, line)).toBe(expected);
      expect(scoreLineJson(scorer, spaced)).toBe(expected);
    }
  });

  it("prints numbers as JSON does", () => {
    const score = scorer.scoreText({ text: "Gunmen massacred 30 villagers in Borno state" });
    const odd = {
      ...score,
      severity: Number.NaN,
      riskFactors: [
        { id: 1, weight: 1e-7 },
        { id: 2, weight: -0 },
      ],
    };
    expect(formatScoreLine("x", odd, undefined)).toBe(JSON.stringify(toScoreLine("x", odd, undefined)));
  });

  // A span's closing rides on whatever follows it: the next span, the next indicator or the tail.
  it("closes spans and indicators as JSON does, with or without evidence, escaped or far", () => {
    const span = (start: number, end: number, text: string) => ({ field: "text" as const, start, end, text });
    const signals = [
      { indicator: "1.1", weight: 0.4, evidence: [span(2, 8, 'a "b"'), span(9, 200, "long span")] },
      { indicator: "1.2", weight: 0.5, evidence: [] },
      { indicator: "1.3", weight: 0.25, evidence: [span(5000, 5003, "far")] },
      { indicator: "1.4", weight: 0.3, evidence: [] },
    ];
    const score = { ...scorer.scoreText({ text: "Gunmen massacred 30 villagers" }), severity: 12 };
    for (let count = 1; count <= signals.length; count++) {
      const shaped = { ...score, signals: signals.slice(0, count) as never };
      const line = formatScoreLine("x", shaped, "T");
      expect(line).toBe(JSON.stringify(toScoreLine("x", shaped, "T")));
    }
  });
});

describe("plainInput", () => {
  it.each([
    { id: "a", text: "t" },
    { id: "a", text: "", title: "T", lang: "fr", extra: 1 },
    { id: "", text: "t" },
    { id: "a".repeat(201), text: "t" },
    { id: "a", text: "t", title: null },
    { id: "a", text: "t", title: "x".repeat(2_001) },
    { id: "a", text: "t", lang: "EN" },
    { id: "a", text: "t", lang: "eng" },
    { id: 5, text: "t" },
    { text: "t" },
    ["a"],
    null,
    "text",
  ])("accepts only what the schema accepts, with the same data: %j", (raw) => {
    const parsed = ScoreLineSchema.safeParse(raw);
    const plain = plainInput(raw);
    if (plain === undefined) return;
    expect(parsed.success).toBe(true);
    expect(JSON.stringify(plain)).toBe(JSON.stringify(parsed.data));
  });
});

describe("vigil score (the process)", () => {
  it("writes one line per input line, in order, and goes on after bad lines", () => {
    const input = [
      JSON.stringify({ id: "1", text: "Curfew declared in Khartoum after clashes" }),
      "{broken",
      JSON.stringify({ id: "3", text: "A quiet day at the seaside" }),
    ].join("\n");
    const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, "score"], {
      input,
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(["1", undefined, "3"]);
    expect(lines[0].countries[0].iso2).toBe("SD");
    expect(lines[1].error).toContain("invalid JSON");
    expect(lines[2]).toEqual({ id: "3", countries: [], riskFactors: [], indicators: [], severity: 0 });
  }, 30_000);
});
