import type { SituationDocument, SnapshotCountry } from "@vigil/db";
import { getIndicator, RISK_FACTORS } from "@vigil/taxonomy";
import { coarseLocationText } from "../alert-cells.ts";
import { provenanceFields } from "../provenance-fields.ts";
import { rankSituations } from "../rank-situations.ts";
import type { ExportSources } from "../situation-geojson.ts";
import { briefMapSvg } from "./brief-map.ts";
import { BRIEF_CSS } from "./brief-styles.ts";
import { LEVEL_COLORS, LEVEL_LABELS, levelTextColor } from "./level-colors.ts";
import { html, SafeHtml, safeHref } from "./safe-html.ts";

/** Stories listed per country in the brief; the JSON and CSV exports carry them all. */
export const BRIEF_EVIDENCE_LIMIT = 10;

/** The Content-Security-Policy of a brief: styles inline, nothing else, so no feed text can ever run. */
export const BRIEF_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const MOMENT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/**
 * The printable situation brief: title and date, snapshot stamp, map, ranking, each detailed country's
 * "why" and evidence, and the provenance block. A complete HTML page with print CSS and no script.
 */
export function situationBrief(document: SituationDocument, sources: ExportSources): string {
  const { content, snapshot } = document;
  const asOfDay = DAY.format(new Date(content.filters.asOf));
  const title = `${content.view.label}: situation as of ${asOfDay}`;
  const ranked = rankSituations(content.situations);
  const rated = ranked.filter((row) => row.rank !== null);
  const unrated = ranked.filter((row) => row.rank === null).map((row) => row.situation.name);
  const details = new Map(content.countries.map((country) => [country.situation.iso2, country]));
  const ordered = ranked.flatMap((row) => details.get(row.situation.iso2) ?? []);
  const stamp = snapshot
    ? html`<p class="stamp">Snapshot of ${content.view.label} as of ${asOfDay}, saved ${MOMENT.format(new Date(snapshot.createdAt))} by ${snapshot.creator.label} · id ${snapshot.id}</p>`
    : html`<p class="stamp stamp--live">Live view read ${MOMENT.format(new Date(document.accessedAt))}: not a saved snapshot. Save a snapshot to cite it.</p>`;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Vigil situation brief</title>
<style>${new SafeHtml(BRIEF_CSS)}</style>
</head>
<body>
<header>
<p class="eyebrow">Vigil · situation brief · atrocity-crime risk (UN Framework of Analysis, 2014)</p>
<h1>${title}</h1>
${stamp}
<p class="meta">${content.provenance.filtersText}</p>
<p class="print-hint">To keep a PDF, use your browser's Print and choose "Save as PDF".</p>
</header>
<section aria-labelledby="map-heading">
<h2 id="map-heading">Map</h2>
<figure>
${briefMapSvg({ ...sources, situations: content.situations, isFramedOnSituations: content.view.region !== null, highlightIso2: content.view.iso2 })}
<figcaption>${legend()}</figcaption>
</figure>
</section>
<section aria-labelledby="ranking-heading">
<h2 id="ranking-heading">Ranking</h2>
${rankingTable(rated)}
<p class="muted">${notMonitoredText(unrated)}</p>
</section>
<section aria-labelledby="countries-heading">
<h2 id="countries-heading">${ordered.length === 1 ? "Country situation" : "Country situations"}</h2>
${ordered.length === 0 ? html`<p class="muted">No country in this view has evidence under these filters.</p>` : ordered.map(countrySection)}
</section>
<section class="provenance-section" aria-labelledby="provenance-heading">
<h2 id="provenance-heading">Provenance</h2>
<dl class="provenance">${provenanceFields(document).map(
    (field) =>
      html`<dt>${field.label}</dt><dd>${field.key === "content_sha256" ? html`<code>${field.value}</code>` : (field.value ?? "—")}</dd>`,
  )}</dl>
<p class="meta">The content hash is the SHA-256 of the canonical JSON of the export's <code>content</code> (docs/EXPORTS.md): the same data, filters and scoring version always give the same hash.</p>
</section>
</body>
</html>
`;
  return page.markup;
}

function legend(): SafeHtml {
  const levels = (["severe", "high", "moderate", "low"] as const).map(
    (level) =>
      html`<li><span class="swatch" style="background:${LEVEL_COLORS[level]}"></span>${LEVEL_LABELS[level]}</li>`,
  );
  return html`<ul class="legend">${levels}<li><span class="swatch swatch--hatch"></span>Not monitored (too little coverage)</li></ul>`;
}

function levelBadge(level: keyof typeof LEVEL_LABELS): SafeHtml {
  return level === "not-monitored"
    ? html`<span class="level level--not-monitored">${LEVEL_LABELS[level]}</span>`
    : html`<span class="level" style="background:${LEVEL_COLORS[level]};color:${levelTextColor(level)}">${LEVEL_LABELS[level]}</span>`;
}

function trendText(trend: { delta: number | null; direction: string }): string {
  if (trend.delta === null || trend.direction === "new") return "new";
  const points = Math.abs(Math.round(trend.delta));
  return trend.direction === "steady" ? "steady" : `${trend.direction === "rising" ? "▲ +" : "▼ −"}${points}`;
}

function rankingTable(rows: ReturnType<typeof rankSituations>): SafeHtml {
  if (rows.length === 0) return html`<p>No country in this view has enough coverage to rate.</p>`;
  return html`<table class="ranking"><thead><tr><th class="num">#</th><th>Country</th><th>Level</th><th class="num">Score</th><th>Trend</th><th class="num">Evidence</th><th class="num">Items</th></tr></thead><tbody>${rows.map(
    ({ rank, situation }) =>
      html`<tr data-iso2="${situation.iso2}"><td class="num">${rank}</td><td>${situation.name}${situation.isSpike ? " (spike)" : ""}</td><td>${levelBadge(situation.level)}</td><td class="num">${Math.round(situation.score)}</td><td>${trendText(situation.trend)}</td><td class="num">${situation.evidenceCount}</td><td class="num">${situation.coverage}</td></tr>`,
  )}</tbody></table>`;
}

function notMonitoredText(names: readonly string[]): string {
  if (names.length === 0) return "Every country of the view is monitored.";
  const list = names.length <= 60 ? `: ${names.join(", ")}` : "";
  return `${names.length} ${names.length === 1 ? "country is" : "countries are"} not monitored (too little coverage to rate; not a sign of calm)${list}.`;
}

function countrySection(country: SnapshotCountry): SafeHtml {
  const { situation } = country;
  const factors = country.factors.map((factor) => {
    const name = RISK_FACTORS.find((entry) => entry.id === factor.id)?.name ?? "";
    return html`<tr><td>${factor.id}. ${name}</td><td class="num">${Math.round(factor.score)}</td><td class="num">${factor.clusters}</td></tr>`;
  });
  const shown = country.topEvidence.slice(0, BRIEF_EVIDENCE_LIMIT);
  const more = country.topEvidence.length - shown.length;
  return html`<article class="country" data-iso2="${situation.iso2}">
<h3>${situation.name} · ${levelBadge(situation.level)} score ${Math.round(situation.score)} · ${trendText(situation.trend)}</h3>
<p class="why">${country.why}</p>
${factors.length > 0 ? html`<table class="factors"><thead><tr><th>Risk factor</th><th class="num">Score</th><th class="num">Stories</th></tr></thead><tbody>${factors}</tbody></table>` : ""}
<h4>Evidence</h4>
${shown.length === 0 ? html`<p class="muted">No story matched a risk indicator.</p>` : html`<ol class="evidence">${shown.map(evidenceItem)}</ol>`}
${more > 0 ? html`<p class="muted">${more} more in the JSON and CSV exports.</p>` : ""}
</article>`;
}

function evidenceItem(evidence: SnapshotCountry["topEvidence"][number]): SafeHtml {
  const href = safeHref(evidence.url);
  const title = href
    ? html`<a class="evidence-title evidence-link" href="${href}" rel="noopener noreferrer nofollow">${evidence.title}</a>`
    : html`<span class="evidence-title">${evidence.title}</span>`;
  const indicators = evidence.indicators.map((hit) => {
    const indicator = getIndicator(hit.indicator);
    return indicator ? `${indicator.id} ${indicator.name}` : hit.indicator;
  });
  const corroborated = evidence.sourceCount > 1 ? ` · corroborated by ${evidence.sourceCount} sources` : "";
  // Briefs are built as for anyone (see fetchExportDocument): an alert says how far it is verified
  // and where, coarsely; the JSON and CSV carry the reporter and exact place to whoever may see them.
  const alert = evidence.alert
    ? ` · ${evidence.alert.verification} field alert, ${coarseLocationText(evidence.alert.location)}`
    : ` · ${evidence.sourceType === "alert" ? "field alert" : "news"}`;
  return html`<li>${title}<br><span class="meta">${evidence.sourceName}${alert} · ${DAY.format(new Date(evidence.publishedAt))}${corroborated} · ${indicators.join("; ")}</span></li>`;
}
