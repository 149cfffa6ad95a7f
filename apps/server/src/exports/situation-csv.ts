import type { SituationDocument } from "@vigil/db";
import { RISK_FACTORS } from "@vigil/taxonomy";
import { ALERT_COLUMNS, alertCells } from "./alert-cells.ts";
import { type CsvValue, csvTable } from "./csv.ts";
import { provenanceFields } from "./provenance-fields.ts";
import { rankSituations } from "./rank-situations.ts";

/** The two CSV tables an export offers. */
export const CSV_TABLES = ["situations", "evidence"] as const;
export type CsvTableName = (typeof CSV_TABLES)[number];

const FACTOR_IDS = RISK_FACTORS.map((factor) => factor.id);

// Every row ends with the provenance columns, so a table cut out of the file still says where it came from.
function withProvenance(document: SituationDocument) {
  const fields = provenanceFields(document);
  return {
    header: (columns: string[]) => [...columns, ...fields.map((field) => field.key)],
    row: (cells: CsvValue[]) => [...cells, ...fields.map((field) => field.value)],
  };
}

/** One row per country situation of the view, in ranking order, with factor scores and the "why". */
export function situationsCsv(document: SituationDocument): string {
  const { content } = document;
  const why = new Map(content.countries.map((country) => [country.situation.iso2, country.why]));
  const provenance = withProvenance(document);
  const header = provenance.header([
    "rank",
    "iso2",
    "country",
    "region",
    "level",
    "score",
    "trend",
    "trend_delta",
    "is_spike",
    "evidence_count",
    "coverage_items",
    ...FACTOR_IDS.map((id) => `factor_${id}`),
    "why",
  ]);
  const rows = rankSituations(content.situations).map(({ rank, situation }) => {
    const factorScores = new Map(situation.factors.map((factor) => [factor.id, factor.score]));
    return provenance.row([
      rank,
      situation.iso2,
      situation.name,
      situation.region,
      situation.level,
      situation.score,
      situation.trend.direction,
      situation.trend.delta,
      situation.isSpike,
      situation.evidenceCount,
      situation.coverage,
      ...FACTOR_IDS.map((id) => factorScores.get(id) ?? null),
      why.get(situation.iso2) ?? null,
    ]);
  });
  return csvTable(header, rows);
}

/** One row per evidence item (a story cluster shown by its strongest item) of each detailed country. */
export function evidenceCsv(document: SituationDocument): string {
  const provenance = withProvenance(document);
  const header = provenance.header([
    "iso2",
    "country",
    "position",
    "item_id",
    "cluster_id",
    "title",
    "url",
    "source",
    "source_type",
    "published_at",
    "reliability",
    "source_count",
    "item_count",
    "corroboration",
    "contribution",
    "risk_factors",
    "indicators",
    "matched_terms",
    ...ALERT_COLUMNS,
  ]);
  const rows = document.content.countries.flatMap((country) =>
    country.topEvidence.map((evidence, index) =>
      provenance.row([
        country.situation.iso2,
        country.situation.name,
        index + 1,
        evidence.itemId,
        evidence.clusterId,
        evidence.title,
        evidence.url,
        evidence.sourceName,
        evidence.sourceType,
        evidence.publishedAt,
        evidence.reliability,
        evidence.sourceCount,
        evidence.itemCount,
        evidence.corroboration,
        evidence.contribution,
        evidence.factors.map((factor) => `${factor.id} (${factor.contribution})`).join("; "),
        evidence.indicators.map((hit) => hit.indicator).join("; "),
        [...new Set(evidence.matches.map((match) => match.text))].join("; "),
        ...alertCells(evidence.alert),
      ]),
    ),
  );
  return csvTable(header, rows);
}
