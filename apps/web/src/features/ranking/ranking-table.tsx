import type { KeyboardEvent } from "react";
import { formatScore, plural } from "../../lib/format.ts";
import { LevelBadge } from "../../ui/level-badge.tsx";
import { TrendText } from "../../ui/trend-text.tsx";
import type { RankingSort, SortKey } from "../filters/view-state.ts";
import type { RankedSituation } from "./rank-situations.ts";

/** Props of RankingTable. */
export interface RankingTableProps {
  rows: readonly RankedSituation[];
  sort: RankingSort;
  /** "Africa" or "all regions", for the caption. */
  scopeLabel: string;
  selectedIso2: string | null;
  onSortChange: (sort: RankingSort) => void;
  onSelectCountry: (iso2: string) => void;
}

const COLUMNS: readonly { key: SortKey; label: string; words: string }[] = [
  { key: "score", label: "Score", words: "score" },
  { key: "trend", label: "Trend", words: "trend" },
  { key: "evidence", label: "Evidence", words: "evidence count" },
];

/**
 * The map's accessible alternative: a real table with a caption, header scopes and sortable column
 * buttons that announce their order; each row takes focus and opens its country on Enter or Space.
 */
export function RankingTable({
  rows,
  sort,
  scopeLabel,
  selectedIso2,
  onSortChange,
  onSelectCountry,
}: RankingTableProps) {
  const sortWords = COLUMNS.find((column) => column.key === sort.key)?.words ?? sort.key;
  function toggle(key: SortKey) {
    onSortChange(
      key === sort.key
        ? { key, direction: sort.direction === "desc" ? "asc" : "desc" }
        : { key, direction: "desc" },
    );
  }
  function handleRowKey(event: KeyboardEvent<HTMLTableRowElement>, iso2: string) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onSelectCountry(iso2);
    }
  }
  return (
    <table className="ranking">
      <caption>
        Countries in {scopeLabel} by {sortWords}, {sort.direction === "desc" ? "highest" : "lowest"} first:{" "}
        {plural(rows.length, "country", "countries")}.
        <span className="visually-hidden"> Press Enter on a row to open the country's situation.</span>
      </caption>
      <thead>
        <tr>
          <th scope="col" className="ranking__rank">
            #
          </th>
          <th scope="col">Country</th>
          <th scope="col">Level</th>
          {COLUMNS.map((column) => {
            const isActive = column.key === sort.key;
            const ariaSort = isActive ? (sort.direction === "desc" ? "descending" : "ascending") : "none";
            return (
              <th key={column.key} scope="col" aria-sort={ariaSort} className="numeric-cell">
                <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-button__arrow">
                    {isActive ? (sort.direction === "desc" ? "▼" : "▲") : "↕"}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ rank, situation }) => (
          <tr
            key={situation.iso2}
            tabIndex={0}
            data-iso2={situation.iso2}
            aria-current={situation.iso2 === selectedIso2 ? "true" : undefined}
            className={situation.iso2 === selectedIso2 ? "is-selected" : undefined}
            onClick={() => onSelectCountry(situation.iso2)}
            onKeyDown={(event) => handleRowKey(event, situation.iso2)}
          >
            <td className="ranking__rank">{rank}</td>
            <th scope="row">
              {situation.name}
              {situation.isSpike ? <span className="spike-flag">spike</span> : null}
            </th>
            <td>
              <LevelBadge level={situation.level} />
            </td>
            <td className="numeric-cell">{formatScore(situation.score)}</td>
            <td className="numeric-cell">
              <TrendText trend={situation.trend} />
            </td>
            <td className="numeric-cell">{situation.evidenceCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
