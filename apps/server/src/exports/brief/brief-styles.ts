/**
 * The brief's stylesheet: readable on screen, and on paper through the browser's "Save as PDF"
 * (A4, repeated table headers, no story split across pages, link targets printed after links).
 */
export const BRIEF_CSS = `
:root { color: #1b1f24; font: 15px/1.45 "Noto Sans", "DejaVu Sans", system-ui, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0.2rem 0; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #1b1f24; padding-bottom: 0.15rem; margin: 1.6rem 0 0.6rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; break-after: avoid; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.75rem; color: #4a5361; margin: 0; }
.stamp { border: 2px solid #7a0026; color: #7a0026; padding: 0.35rem 0.6rem; font-weight: 600; display: inline-block; margin: 0.4rem 0; }
.stamp--live { border-color: #4a5361; color: #4a5361; }
.muted, .meta { color: #4a5361; }
.meta { font-size: 0.85rem; }
.print-hint { background: #f1f2f4; padding: 0.5rem 0.75rem; font-size: 0.85rem; }
figure { margin: 0.8rem 0; }
.brief-map { width: 100%; height: auto; border: 1px solid #d5d9df; }
.legend { display: flex; flex-wrap: wrap; gap: 0.9rem; font-size: 0.8rem; margin-top: 0.3rem; padding: 0; list-style: none; }
.swatch { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.15rem; margin-right: 0.3rem; border: 1px solid #a3aab5; }
.swatch--hatch { background: repeating-linear-gradient(45deg, #eceef1 0 3px, #a3aab5 3px 5px); }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { text-align: left; padding: 0.25rem 0.4rem; border-bottom: 1px solid #d5d9df; vertical-align: top; }
th { background: #f1f2f4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.level { display: inline-block; padding: 0 0.4rem; border-radius: 0.6rem; font-size: 0.8rem; font-weight: 600; }
.level--not-monitored { background: repeating-linear-gradient(45deg, #eceef1 0 4px, #dde1e6 4px 7px); }
.country { break-before: auto; }
.why { margin: 0.3rem 0 0.5rem; }
ol.evidence { padding-left: 1.4rem; font-size: 0.85rem; }
ol.evidence li { margin-bottom: 0.35rem; break-inside: avoid; }
.evidence-title { font-weight: 600; overflow-wrap: anywhere; }
dl.provenance { display: grid; grid-template-columns: 12rem 1fr; gap: 0.15rem 0.8rem; font-size: 0.85rem; }
dl.provenance dt { font-weight: 600; }
dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.8rem; }
a { color: #1a4f9c; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .print-hint { display: none; }
  a { color: inherit; text-decoration: none; }
  a.evidence-link::after { content: " <" attr(href) ">"; font-weight: 400; color: #4a5361; overflow-wrap: anywhere; }
  h2 { break-after: avoid; }
  .provenance-section { break-inside: avoid; }
}
`;
