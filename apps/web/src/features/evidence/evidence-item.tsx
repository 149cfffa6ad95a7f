import { getCountry } from "@vigil/gazetteer/countries";
import { getIndicator } from "@vigil/taxonomy";
import { formatMoment, plural } from "../../lib/format.ts";
import { safeHref } from "../../lib/safe-url.ts";
import { describeAlertLocation, describeAlertSource } from "../alerts/alert-location.ts";
import type { StoryGroup } from "./group-stories.ts";

/** One story of the latest-evidence list: headline (as text), sources, time, countries and indicators. */
export function EvidenceItem({ story }: { story: StoryGroup }) {
  const { item, sourceNames } = story;
  const href = safeHref(item.url);
  return (
    <article className="evidence-item">
      <h3 className="evidence-item__title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {item.title}
          </a>
        ) : (
          item.title
        )}
      </h3>
      <p className="evidence-card__meta">
        <span className="source-name" title={sourceNames.join(", ")}>
          {sourceNames.length > 1
            ? `${item.source.name} and ${plural(sourceNames.length - 1, "other source")}`
            : item.source.name}
        </span>
        <span className={item.alert?.verification === "unverified" ? "unverified-label" : undefined}>
          {item.sourceType === "alert" ? describeAlertSource(item.alert) : "News"}
        </span>
        {item.alert ? <span>{describeAlertLocation(item.alert)}</span> : null}
        <time dateTime={item.publishedAt}>{formatMoment(item.publishedAt)}</time>
        {item.countries.length > 0 ? (
          <span>
            {item.countries.map((country) => getCountry(country.iso2)?.name ?? country.iso2).join(", ")}
          </span>
        ) : null}
      </p>
      {item.signals.length > 0 ? (
        <ul className="indicator-tags" aria-label="Indicators hit">
          {item.signals.slice(0, 4).map((signal) => (
            <li key={signal.indicator} title={getIndicator(signal.indicator)?.description}>
              {signal.indicator} {getIndicator(signal.indicator)?.name ?? ""}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
