import type { Trend } from "../lib/api-types.ts";
import { describeTrend } from "../lib/format.ts";

/** A trend as "▲ +5", with the words for screen readers. */
export function TrendText({ trend }: { trend: Trend }) {
  const { short, words } = describeTrend(trend);
  return (
    <span className={`trend trend--${trend.direction}`} title={words}>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
