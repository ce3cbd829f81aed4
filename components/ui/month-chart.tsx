"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { INTL_LOCALE } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { formatMoney } from "@/lib/i18n/format";

export type MonthSeries<K extends string> = { key: K; name: string; color: string; dashed?: boolean };

/** One amount per month as bars beside another as a line, over rows keyed by `month` ("YYYY-MM"). */
export function MonthChart<B extends string, L extends string>({
  label,
  data,
  bar,
  line,
}: {
  label: string;
  data: readonly ({ month: string } & Record<B | L, number>)[];
  bar: MonthSeries<B>;
  line: MonthSeries<L>;
}) {
  const { locale } = useI18n();
  const monthLabel = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "short", year: "2-digit", timeZone: "UTC" });
  const monthOf = (month: string) => monthLabel.format(new Date(`${month}-01T00:00:00Z`));
  const money = (value: unknown) => formatMoney(locale, Number(value), { compact: true });
  return (
    <div className="h-72 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={monthOf} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={money} tick={{ fontSize: 11 }} width={70} />
          <Tooltip labelFormatter={(value) => monthOf(String(value))} formatter={(value) => formatMoney(locale, Number(value))} />
          <Legend />
          <Bar dataKey={bar.key} name={bar.name} fill={bar.color} isAnimationActive={false} />
          <Line dataKey={line.key} name={line.name} stroke={line.color} strokeWidth={2} strokeDasharray={line.dashed ? "5 3" : undefined}
            dot={false} type="monotone" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
