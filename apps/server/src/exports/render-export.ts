import type { SituationDocument } from "@vigil/db";
import { BRIEF_CSP, situationBrief } from "./brief/situation-brief.ts";
import type { ExportRequest } from "./export-request.ts";
import { evidenceCsv, situationsCsv } from "./situation-csv.ts";
import { type ExportSources, situationGeoJson } from "./situation-geojson.ts";

/** An export ready to send or write: body, media type, a file name that says what it is. */
export interface RenderedExport {
  body: string;
  contentType: string;
  fileName: string;
  /** Downloads are attachments; the brief opens in the browser, to read and print. */
  isAttachment: boolean;
  /** Extra headers (the brief's Content-Security-Policy). */
  headers: Record<string, string>;
}

/** Renders a situation document in the requested format. */
export function renderExport(
  document: SituationDocument,
  request: Pick<ExportRequest, "format" | "table">,
  sources: () => ExportSources,
): RenderedExport {
  const base = fileBase(document);
  switch (request.format) {
    case "json":
      return file(
        `${JSON.stringify(document, null, 2)}\n`,
        "application/json; charset=utf-8",
        `${base}.json`,
      );
    case "csv":
      return file(
        request.table === "evidence" ? evidenceCsv(document) : situationsCsv(document),
        "text/csv; charset=utf-8; header=present",
        `${base}-${request.table}.csv`,
      );
    case "geojson":
      return file(
        `${JSON.stringify(situationGeoJson(document, sources()))}\n`,
        "application/geo+json",
        `${base}.geojson`,
      );
    case "brief":
      return {
        ...file(situationBrief(document, sources()), "text/html; charset=utf-8", `${base}-brief.html`),
        isAttachment: false,
        headers: { "content-security-policy": BRIEF_CSP },
      };
  }
}

function file(body: string, contentType: string, fileName: string): RenderedExport {
  return { body, contentType, fileName, isAttachment: true, headers: {} };
}

/** "vigil-africa-2026-03-01-k3v9…" : view, as-of day and, for a snapshot, its id. */
export function fileBase(document: SituationDocument): string {
  const slug = document.content.view.label
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-");
  const day = document.content.filters.asOf.slice(0, 10);
  return ["vigil", slug || "view", day, document.snapshot?.id].filter(Boolean).join("-");
}
