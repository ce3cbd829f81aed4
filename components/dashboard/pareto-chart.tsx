"use client";

import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ParetoData } from "@/lib/dashboard";
import { useI18n } from "@/lib/i18n/client";
import { formatPercent } from "@/lib/i18n/format";
import { PARETO_HEIGHT } from "./sizes";


/** The cumulative revenue curve with the 80 % / 95 % cut lines and where the A and B classes end. */
export function ParetoChart({ data }: { data: ParetoData }) {
  const { t, locale } = useI18n();
  const pct = (value: number) => formatPercent(locale, value);
  const aEnd = data.summary.A.countShare;
  const bEnd = aEnd + data.summary.B.countShare;
  return (
    <div style={{ height: PARETO_HEIGHT }} data-testid="pareto-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: PARETO_HEIGHT }}>
        <AreaChart data={data.points} margin={{ top: 8, right: 16, bottom: 20, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis type="number" dataKey="customerShare" domain={[0, 1]} ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]} tickFormatter={pct}
            label={{ value: t("dashboard.pareto.customers"), position: "insideBottom", offset: -10, fontSize: 12 }} />
          <YAxis type="number" domain={[0, 1]} ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]} tickFormatter={pct} width={52} />
          <Tooltip
            formatter={(value) => [pct(Number(value)), t("dashboard.pareto.revenue")]}
            labelFormatter={(label) => `${t("dashboard.pareto.customers")}: ${pct(Number(label))}`}
          />
          <ReferenceLine y={data.cuts.a} stroke="#16a34a" strokeDasharray="5 4" label={{ value: t("dashboard.pareto.cutA"), position: "insideBottomRight", fontSize: 11, fill: "#166534" }} />
          <ReferenceLine y={data.cuts.b} stroke="#d97706" strokeDasharray="5 4" label={{ value: t("dashboard.pareto.cutB"), position: "insideBottomRight", fontSize: 11, fill: "#92400e" }} />
          <ReferenceLine x={aEnd} stroke="#16a34a" strokeOpacity={0.5} />
          <ReferenceLine x={bEnd} stroke="#d97706" strokeOpacity={0.5} />
          <Area type="linear" dataKey="valueShare" stroke="#2158c2" fill="#2f6fde" fillOpacity={0.15} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
