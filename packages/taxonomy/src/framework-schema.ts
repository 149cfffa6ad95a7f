import { z } from "zod";

/** The Framework's four groups: common risk factors, then specific ones per atrocity crime. */
export const RISK_FACTOR_GROUPS = ["common", "genocide", "crimes-against-humanity", "war-crimes"] as const;

/** One of {@link RISK_FACTOR_GROUPS}. */
export const RiskFactorGroupSchema = z.enum(RISK_FACTOR_GROUPS);
export type RiskFactorGroup = z.infer<typeof RiskFactorGroupSchema>;

/** How many risk factors the Framework of Analysis (2014) defines. */
export const RISK_FACTOR_COUNT = 14;

/** A risk factor id: an integer from 1 to 14, as numbered in the Framework. */
export const RiskFactorIdSchema = z.number().int().min(1).max(RISK_FACTOR_COUNT);

// Ids look like "7.14": factor number, a dot, the indicator's number within the factor.
const INDICATOR_ID_PATTERN = /^(\d{1,2})\.(\d{1,2})$/;

// An uncertain record must say why, so docs/TAXONOMY.md can list the open questions.
function requireNoteWhenUncertain(record: { uncertain?: boolean | undefined; note?: string | undefined }) {
  return record.uncertain !== true || (record.note !== undefined && record.note.length > 0);
}

const IndicatorRecordSchema = z
  .strictObject({
    id: z.string().regex(INDICATOR_ID_PATTERN, "indicator id must look like '7.14'"),
    name: z.string().min(1),
    description: z.string().min(1),
    uncertain: z.boolean().optional(),
    note: z.string().min(1).optional(),
  })
  .refine(requireNoteWhenUncertain, { message: "an uncertain indicator needs a note", path: ["note"] });

const RiskFactorRecordSchema = z
  .strictObject({
    id: RiskFactorIdSchema,
    name: z.string().min(1),
    description: z.string().min(1),
    group: RiskFactorGroupSchema,
    uncertain: z.boolean().optional(),
    note: z.string().min(1).optional(),
    indicators: z.array(IndicatorRecordSchema).min(1),
  })
  .refine(requireNoteWhenUncertain, { message: "an uncertain risk factor needs a note", path: ["note"] });

/** Shape and invariants of data/framework.json; parsed once when the module loads. */
export const FrameworkSchema = z
  .strictObject({
    source: z.string().min(1),
    riskFactors: z.array(RiskFactorRecordSchema),
  })
  .superRefine((framework, ctx) => {
    const seen = new Set<string>();
    framework.riskFactors.forEach((factor, position) => {
      // Factors are listed 1..14 in order, so position and id must agree.
      if (factor.id !== position + 1) {
        ctx.addIssue({
          code: "custom",
          path: ["riskFactors", position, "id"],
          message: `expected risk factor ${position + 1} at this position, found ${factor.id}`,
        });
      }
      factor.indicators.forEach((indicator, index) => {
        if (seen.has(indicator.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["riskFactors", position, "indicators", index, "id"],
            message: `duplicate indicator id '${indicator.id}'`,
          });
          return;
        }
        seen.add(indicator.id);
        const match = INDICATOR_ID_PATTERN.exec(indicator.id);
        // Numbering is contiguous from 1 within a factor, as in the Framework.
        const expected = `${factor.id}.${index + 1}`;
        if (match && indicator.id !== expected) {
          ctx.addIssue({
            code: "custom",
            path: ["riskFactors", position, "indicators", index, "id"],
            message:
              match[1] === String(factor.id)
                ? `indicator '${indicator.id}' is out of sequence; expected '${expected}'`
                : `indicator '${indicator.id}' is listed under risk factor ${factor.id}; its prefix must be '${factor.id}.'`,
          });
        }
      });
    });
    if (framework.riskFactors.length !== RISK_FACTOR_COUNT) {
      ctx.addIssue({
        code: "custom",
        path: ["riskFactors"],
        message: `expected ${RISK_FACTOR_COUNT} risk factors, found ${framework.riskFactors.length}`,
      });
    }
  });

/** data/framework.json as parsed by {@link FrameworkSchema}. */
export type FrameworkRecord = z.infer<typeof FrameworkSchema>;
