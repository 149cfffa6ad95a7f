import { getIndicator } from "@vigil/taxonomy";
import type { TopEvidence } from "../../lib/api-types.ts";
import { formatDay, plural } from "../../lib/format.ts";
import { safeHref } from "../../lib/safe-url.ts";
import { describeAlertLocation, describeAlertSource } from "../alerts/alert-location.ts";
import { HighlightedText } from "./highlighted-text.tsx";

function labelOf(indicatorId: string): string {
  const indicator = getIndicator(indicatorId);
  return indicator ? `${indicator.id} ${indicator.name}` : indicatorId;
}

/** One story among the top evidence: highlighted headline, source, date, link, indicators hit. */
export function EvidenceCard({ evidence }: { evidence: TopEvidence }) {
  const href = safeHref(evidence.url);
  const titleSpans = evidence.matches
    .filter((match) => match.field === "title")
    .map((match) => ({ start: match.start, end: match.end, label: labelOf(match.indicator) }));
  const textMatches = [
    ...new Set(evidence.matches.filter((match) => match.field === "text").map((match) => match.text)),
  ];
  const title = <HighlightedText text={evidence.title} spans={titleSpans} />;
  return (
    <article className="evidence-card">
      <h4 className="evidence-card__title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {title}
          </a>
        ) : (
          title
        )}
      </h4>
      <p className="evidence-card__meta">
        <span className="source-name">{evidence.sourceName}</span>
        <span className={evidence.alert?.verification === "unverified" ? "unverified-label" : undefined}>
          {evidence.sourceType === "alert" ? describeAlertSource(evidence.alert) : "News"}
        </span>
        {evidence.alert ? <span>{describeAlertLocation(evidence.alert)}</span> : null}
        <time dateTime={evidence.publishedAt}>{formatDay(evidence.publishedAt)}</time>
        {evidence.sourceCount > 1 ? (
          <span>corroborated by {plural(evidence.sourceCount, "source")}</span>
        ) : null}
      </p>
      {textMatches.length > 0 ? (
        <p className="evidence-card__text-matches">
          Also in the text:{" "}
          {textMatches.map((text, index) => (
            <span key={text}>
              {index > 0 ? ", " : ""}
              <mark>{text}</mark>
            </span>
          ))}
        </p>
      ) : null}
      <ul className="indicator-tags" aria-label="Indicators hit">
        {evidence.indicators.map((hit) => (
          <li key={hit.indicator} title={getIndicator(hit.indicator)?.description}>
            {labelOf(hit.indicator)}
          </li>
        ))}
      </ul>
    </article>
  );
}
