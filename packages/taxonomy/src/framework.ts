import { z } from "zod";
import framework from "../data/framework.json" with { type: "json" };
import { FrameworkSchema, type RiskFactorGroup } from "./framework-schema.ts";

/** One indicator of the Framework of Analysis, e.g. 8.8 "Census and elections". */
export interface Indicator {
  /** Stable public id such as "8.8"; see docs/TAXONOMY.md before changing one. */
  readonly id: string;
  readonly riskFactor: number;
  readonly name: string;
  readonly description: string;
  /** True where the wording or numbering could not be checked against the Framework text. */
  readonly uncertain: boolean;
  readonly note?: string;
}

/** One of the Framework's 14 risk factors with its indicators. */
export interface RiskFactor {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly group: RiskFactorGroup;
  readonly uncertain: boolean;
  readonly note?: string;
  readonly indicators: readonly Indicator[];
}

function parseFramework(): readonly RiskFactor[] {
  const result = FrameworkSchema.safeParse(framework);
  if (!result.success) {
    throw new Error(`packages/taxonomy/data/framework.json is invalid:\n${z.prettifyError(result.error)}`);
  }
  return Object.freeze(
    result.data.riskFactors.map((factor) =>
      Object.freeze({
        id: factor.id,
        name: factor.name,
        description: factor.description,
        group: factor.group,
        uncertain: factor.uncertain ?? false,
        ...(factor.note === undefined ? {} : { note: factor.note }),
        indicators: Object.freeze(
          factor.indicators.map((indicator) =>
            Object.freeze({
              id: indicator.id,
              riskFactor: factor.id,
              name: indicator.name,
              description: indicator.description,
              uncertain: indicator.uncertain ?? false,
              ...(indicator.note === undefined ? {} : { note: indicator.note }),
            }),
          ),
        ),
      }),
    ),
  );
}

/** The 14 risk factors in Framework order (1–8 common, 9–10 genocide, 11–12 crimes against humanity, 13–14 war crimes). */
export const RISK_FACTORS: readonly RiskFactor[] = parseFramework();

/** Every indicator of every risk factor, flattened in Framework order. */
export const INDICATORS: readonly Indicator[] = Object.freeze(
  RISK_FACTORS.flatMap((factor) => factor.indicators),
);

function toNonEmpty(ids: readonly string[]): readonly [string, ...string[]] {
  const [first, ...rest] = ids;
  // FrameworkSchema requires at least one indicator per factor, so this only guards the type.
  if (first === undefined) throw new Error("The framework has no indicators");
  return Object.freeze([first, ...rest] as [string, ...string[]]);
}

/** All indicator ids ("1.1" … "14.4") as a non-empty tuple, derived from the data. */
export const INDICATOR_IDS = toNonEmpty(INDICATORS.map((indicator) => indicator.id));

/** Accepts only indicator ids present in data/framework.json. */
export const IndicatorIdSchema = z.enum(INDICATOR_IDS, {
  // The default message would list all ~120 ids.
  error: (issue) => `unknown indicator id ${JSON.stringify(issue.input)}`,
});
export type IndicatorId = z.infer<typeof IndicatorIdSchema>;

const INDICATORS_BY_ID: ReadonlyMap<string, Indicator> = new Map(
  INDICATORS.map((indicator) => [indicator.id, indicator]),
);

/** The indicator with this id, or undefined if the Framework has none. */
export function getIndicator(id: string): Indicator | undefined {
  return INDICATORS_BY_ID.get(id);
}

/** The risk factor with this id (1–14), or undefined. */
export function getRiskFactor(id: number): RiskFactor | undefined {
  return RISK_FACTORS.find((factor) => factor.id === id);
}

/** The risk factors of one group, in Framework order. */
export function getRiskFactorsInGroup(group: RiskFactorGroup): readonly RiskFactor[] {
  return RISK_FACTORS.filter((factor) => factor.group === group);
}
