import { describe, expect, it } from "vitest";
import framework from "../data/framework.json" with { type: "json" };
import {
  getIndicator,
  getRiskFactor,
  getRiskFactorsInGroup,
  INDICATOR_IDS,
  INDICATORS,
  IndicatorIdSchema,
  RISK_FACTORS,
} from "./framework.ts";
import { FrameworkSchema, RISK_FACTOR_GROUPS, RiskFactorIdSchema } from "./framework-schema.ts";

// Framework of Analysis (2014): 1–8 common, 9–10 genocide, 11–12 crimes against humanity, 13–14 war crimes.
const EXPECTED_GROUPS: Record<number, string> = {
  1: "common",
  2: "common",
  3: "common",
  4: "common",
  5: "common",
  6: "common",
  7: "common",
  8: "common",
  9: "genocide",
  10: "genocide",
  11: "crimes-against-humanity",
  12: "crimes-against-humanity",
  13: "war-crimes",
  14: "war-crimes",
};

// Factors 7–9 were checked against copies of the Framework's lists; their counts are facts.
const VERIFIED_COUNTS: Record<number, number> = { 7: 14, 8: 12, 9: 6 };
// Factors 1–6 could not be checked: their counts are recollections, flagged uncertain, and pinned here so that any
// change to them is deliberate. Factors 10–14 were not checked either, and 11–13 are known or believed to be
// incomplete, so their counts are not pinned.
const RECALLED_COUNTS: Record<number, number> = { 1: 11, 2: 8, 3: 10, 4: 9, 5: 8, 6: 11 };
const UNVERIFIED_FACTORS = [1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14];

describe("RISK_FACTORS", () => {
  it("lists the 14 risk factors in order", () => {
    expect(RISK_FACTORS.map((factor) => factor.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it("puts each factor in the Framework's group", () => {
    for (const factor of RISK_FACTORS)
      expect(factor.group, `factor ${factor.id}`).toBe(EXPECTED_GROUPS[factor.id]);
    expect(getRiskFactorsInGroup("genocide").map((factor) => factor.id)).toEqual([9, 10]);
    expect(RISK_FACTOR_GROUPS).toEqual(["common", "genocide", "crimes-against-humanity", "war-crimes"]);
  });

  it("has the Framework's indicator counts for the verified factors 7–9", () => {
    for (const [id, count] of Object.entries(VERIFIED_COUNTS)) {
      const factor = getRiskFactor(Number(id));
      expect(factor?.indicators, `factor ${id}`).toHaveLength(count);
      expect(factor?.indicators.map((indicator) => indicator.id)).toEqual(
        Array.from({ length: count }, (_, index) => `${id}.${index + 1}`),
      );
    }
  });

  it("keeps the recalled counts of factors 1–6", () => {
    for (const [id, count] of Object.entries(RECALLED_COUNTS)) {
      expect(getRiskFactor(Number(id))?.indicators, `factor ${id}`).toHaveLength(count);
    }
  });

  it("flags every factor that was not checked against the Framework, and only those", () => {
    for (const factor of RISK_FACTORS) {
      const unverified = UNVERIFIED_FACTORS.includes(factor.id);
      expect(factor.uncertain, `factor ${factor.id}`).toBe(unverified);
      expect(factor.note, `factor ${factor.id}`).toBeTruthy();
    }
  });

  it("names the copy each verified factor was checked against, so the check can be repeated", () => {
    for (const factor of RISK_FACTORS.filter((candidate) => !candidate.uncertain)) {
      expect(factor.note, `factor ${factor.id}`).toMatch(
        /^Verified: .*checked against .*\b[\w-]+\.(org|int)\/\S+/,
      );
    }
  });

  it("says in each unverified factor's note that its indicator list was not checked", () => {
    for (const factor of RISK_FACTORS.filter((candidate) => candidate.uncertain)) {
      expect(factor.note, `factor ${factor.id}`).toMatch(/not checked|could not be checked/i);
    }
  });

  it("does not flag indicators that were checked", () => {
    const checked = [7, 8, 9].flatMap((id) => getRiskFactor(id)?.indicators ?? []);
    const checkedIn13 = getRiskFactor(13)?.indicators.slice(0, 9) ?? [];
    expect(checkedIn13.map((indicator) => indicator.id)).toEqual(
      Array.from({ length: 9 }, (_, index) => `13.${index + 1}`),
    );
    for (const indicator of [...checked, ...checkedIn13])
      expect(indicator.uncertain, indicator.id).toBe(false);
  });
});

describe("INDICATORS", () => {
  it("has unique ids prefixed by their risk factor", () => {
    expect(new Set(INDICATORS.map((indicator) => indicator.id)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) {
      expect(indicator.id.startsWith(`${indicator.riskFactor}.`), indicator.id).toBe(true);
      expect(indicator.name.length).toBeGreaterThan(0);
      expect(indicator.description.length).toBeGreaterThan(0);
      if (indicator.uncertain) expect(indicator.note, indicator.id).toBeTruthy();
    }
    expect(INDICATOR_IDS).toEqual(INDICATORS.map((indicator) => indicator.id));
  });

  it("has 8.8 about census and elections as triggers", () => {
    const indicator = getIndicator("8.8");
    expect(indicator?.riskFactor).toBe(8);
    expect(`${indicator?.name} ${indicator?.description}`).toMatch(/census/i);
    expect(`${indicator?.name} ${indicator?.description}`).toMatch(/election/i);
  });

  it("has 7.14 about hate speech and 13.10 about prohibited weapons", () => {
    expect(getIndicator("7.14")?.description).toMatch(/hate speech/i);
    expect(getIndicator("13.10")?.description).toMatch(/prohibited/i);
  });

  it("returns undefined for unknown ids", () => {
    expect(getIndicator("15.1")).toBeUndefined();
    expect(getRiskFactor(15)).toBeUndefined();
  });

  it("cannot be mutated by a consumer", () => {
    expect(() => (INDICATORS as unknown as unknown[]).push({})).toThrow();
    expect(Object.isFrozen(getIndicator("1.1"))).toBe(true);
  });
});

describe("IndicatorIdSchema and RiskFactorIdSchema", () => {
  it("accept known ids and reject unknown ones", () => {
    expect(IndicatorIdSchema.parse("13.3")).toBe("13.3");
    for (const bad of ["15.1", "8.13", "1.0", "1", "", "7.14 "]) {
      expect(IndicatorIdSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(RiskFactorIdSchema.safeParse(14).success).toBe(true);
    for (const bad of [0, 15, 1.5]) expect(RiskFactorIdSchema.safeParse(bad).success).toBe(false);
  });
});

describe("FrameworkSchema", () => {
  type Mutable = {
    riskFactors: { id: number; indicators: { id: string; uncertain?: boolean; note?: string }[] }[];
  };
  function broken(edit: (copy: Mutable) => void): string {
    const copy = structuredClone(framework) as unknown as Mutable;
    edit(copy);
    const result = FrameworkSchema.safeParse(copy);
    expect(result.success).toBe(false);
    return result.error?.issues.map((issue) => issue.message).join("\n") ?? "";
  }
  const factor = (copy: Mutable, id: number) => copy.riskFactors[id - 1] ?? expect.unreachable();
  const indicator = (copy: Mutable, factorId: number, index: number) =>
    factor(copy, factorId).indicators[index] ?? expect.unreachable();

  it("accepts the shipped data", () => {
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
  });

  it("rejects a duplicate indicator id", () => {
    expect(broken((copy) => (indicator(copy, 1, 1).id = "1.1"))).toMatch(/duplicate indicator id '1\.1'/);
  });

  it("rejects an indicator whose prefix is not its factor", () => {
    expect(broken((copy) => (indicator(copy, 2, 7).id = "3.8"))).toMatch(/prefix must be '2\.'/);
  });

  it("rejects numbering with a gap", () => {
    expect(broken((copy) => (indicator(copy, 9, 5).id = "9.7"))).toMatch(/out of sequence; expected '9\.6'/);
  });

  it("rejects a missing risk factor", () => {
    expect(broken((copy) => copy.riskFactors.splice(13, 1))).toMatch(/expected 14 risk factors, found 13/);
  });

  it("rejects an uncertain indicator without a note", () => {
    expect(
      broken((copy) => {
        indicator(copy, 1, 0).uncertain = true;
        delete indicator(copy, 1, 0).note;
      }),
    ).toMatch(/needs a note/);
  });
});
