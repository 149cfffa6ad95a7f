import { useMemo } from "react";
import { type HighlightSpan, splitBySpans } from "./highlight-spans.ts";

/** Text with its matched terms in `<mark>`, built as React nodes: feed text never becomes HTML. */
export function HighlightedText({ text, spans }: { text: string; spans: readonly HighlightSpan[] }) {
  const segments = useMemo(() => splitBySpans(text, spans), [text, spans]);
  return (
    <>
      {segments.map((segment, index) =>
        segment.isMatch ? (
          <mark key={index} title={segment.labels.join("; ") || undefined}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
