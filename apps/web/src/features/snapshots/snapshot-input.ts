import type { RouterOutputs } from "../../lib/trpc.ts";
import type { ExportView } from "../exports/export-urls.ts";
import { toMapInput } from "../filters/query-inputs.ts";
import { type SourceChoice, serializeView, type ViewState, WINDOWS } from "../filters/view-state.ts";

/** A saved snapshot or a live view, as `snapshot.get` and `snapshot.create` return it. */
export type SituationDocument = RouterOutputs["snapshot"]["get"];
/** The filters a snapshot was computed with. */
export type SnapshotFilters = SituationDocument["content"]["filters"];

/**
 * The dashboard's view as a snapshot or export takes it: the map's filters, plus the region the view
 * is framed on and the open country (the map itself asks for every country and frames the region).
 */
export function toSnapshotInput(view: ViewState): ExportView {
  return {
    ...toMapInput(view),
    ...(view.region ? { region: view.region } : {}),
    ...(view.country ? { iso2: view.country } : {}),
  };
}

/** The dashboard link that shows a snapshot's view live: same filters and as-of day, today's data. */
export function liveViewHref(filters: SnapshotFilters): string {
  const window = WINDOWS.find((id) => id === `${filters.windowDays}d`) ?? "30d";
  const sources: SourceChoice = filters.sourceTypes?.length === 1 ? (filters.sourceTypes[0] ?? "all") : "all";
  const search = serializeView({
    window,
    asOf: filters.asOf.slice(0, 10),
    region: (filters.region as ViewState["region"]) ?? null,
    riskFactors: filters.riskFactors ?? [],
    indicators: filters.indicators ?? [],
    sources,
    country: filters.iso2,
    sort: { key: "score", direction: "desc" },
  });
  return `/${search}`;
}
