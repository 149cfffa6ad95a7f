/** A span of text to highlight, in UTF-16 offsets as JavaScript strings count them. */
export interface HighlightSpan {
  start: number;
  end: number;
  /** Why it is highlighted, e.g. "8.8 Census and elections"; shown on hover. */
  label?: string;
}

/** A run of text, highlighted or not, with the labels of the spans that cover it. */
export interface TextSegment {
  text: string;
  isMatch: boolean;
  labels: readonly string[];
}

/**
 * Cuts text into plain and highlighted runs. Spans come from the server but describe hostile feed
 * text, so they are clamped to the text, empty or reversed ones are dropped, and overlaps merge.
 * The result is plain strings: callers render them as React text, never as HTML.
 */
export function splitBySpans(text: string, spans: readonly HighlightSpan[]): TextSegment[] {
  const clamped = spans
    .map((span) => ({
      start: Math.max(0, Math.min(text.length, Math.trunc(span.start))),
      end: Math.max(0, Math.min(text.length, Math.trunc(span.end))),
      labels: span.label ? [span.label] : [],
    }))
    .filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end) && span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; labels: string[] }[] = [];
  for (const span of clamped) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      for (const label of span.labels) if (!last.labels.includes(label)) last.labels.push(label);
    } else {
      merged.push({ ...span, labels: [...span.labels] });
    }
  }
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor)
      segments.push({ text: text.slice(cursor, span.start), isMatch: false, labels: [] });
    segments.push({ text: text.slice(span.start, span.end), isMatch: true, labels: span.labels });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), isMatch: false, labels: [] });
  return segments;
}
