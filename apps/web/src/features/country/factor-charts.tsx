import { getRiskFactor } from "@vigil/taxonomy";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { CountryDetail } from "../../lib/api-types.ts";
import { formatDay } from "../../lib/format.ts";
import { breakdownRows, SERIES_COLORS, shorten, trendRows } from "./chart-rows.ts";

const AXIS_STYLE = { fontSize: 11, fill: "#4a5260" };

function shortDay(day: string): string {
  return formatDay(`${day}T00:00:00Z`).replace(/ \d{4}$/, "");
}

/** The factor breakdown (bars) and daily evidence per factor (lines, spikes marked). Its own lazy chunk. */
export default function FactorCharts({ detail }: { detail: CountryDetail }) {
  const bars = breakdownRows(detail.factors);
  const trend = trendRows(detail);
  if (bars.length === 0) {
    return (
      <p className="muted">No risk indicators were found in this window, so there is nothing to chart.</p>
    );
  }
  return (
    <div className="factor-charts">
      <figure>
        <figcaption>Score by risk factor (0–100)</figcaption>
        <ResponsiveContainer width="100%" height={Math.max(90, bars.length * 26 + 30)}>
          <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 0 }}>
            <CartesianGrid horizontal={false} stroke="#e3e6ea" />
            <XAxis type="number" domain={[0, 100]} tick={AXIS_STYLE} />
            <YAxis type="category" dataKey="label" width={220} tick={AXIS_STYLE} interval={0} />
            <Tooltip
              formatter={(value) => [value, "score"]}
              labelFormatter={(_label, payload) => {
                const row = payload?.[0]?.payload as { id?: number; name?: string } | undefined;
                return row ? `${row.id} · ${row.name}` : "";
              }}
            />
            <Bar dataKey="score" fill="#0072B2" isAnimationActive={false} barSize={14} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>
          Daily evidence per factor
          {trend.spikes.length > 0 ? <span className="spike-key"> · ● spike day</span> : null}
        </figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={trend.rows} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e3e6ea" />
            <XAxis dataKey="day" tickFormatter={shortDay} tick={AXIS_STYLE} minTickGap={24} />
            <YAxis tick={AXIS_STYLE} allowDecimals={false} />
            <Tooltip labelFormatter={(day) => formatDay(`${String(day)}T00:00:00Z`)} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            <Line
              dataKey="total"
              name="All selected factors"
              stroke="#3d4451"
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
            {trend.factorIds.map((id, index) => (
              <Line
                key={id}
                dataKey={`f${id}`}
                name={shorten(`${id} · ${getRiskFactor(id)?.name ?? ""}`, 30)}
                stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
                dot={false}
                strokeWidth={1.6}
                isAnimationActive={false}
              />
            ))}
            {trend.spikes.map((spike) => (
              <ReferenceDot
                key={spike.day}
                x={spike.day}
                y={spike.total}
                r={5}
                fill="#d1002f"
                stroke="#ffffff"
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
